using System.Security.Claims;

namespace Convening.Web.Identity;

public static class ClaimsExtensions
{
    public const string PersonIdClaim = "convening:person";

    /// <summary>The signed-in person's id, or null for the public.</summary>
    public static string? PersonId(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(PersonIdClaim) : null;
}
