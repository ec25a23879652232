using System.Collections.Concurrent;
using System.Security.Claims;
using Convening.Web.Identity;

namespace Convening.Web.GraphQL.Common;

/// <summary>Who is asking, and a per-request cache so one grain answer serves several fields.</summary>
public sealed class GraphQLUserContext(ClaimsPrincipal user) : Dictionary<string, object?>
{
    public ClaimsPrincipal User { get; } = user;
    public string? PersonId { get; } = user.PersonId();
    public ConcurrentDictionary<string, Task<object>> Cache { get; } = new();
}
