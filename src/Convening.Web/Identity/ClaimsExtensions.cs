using System.Security.Claims;

namespace Convening.Web.Identity;

public static class ClaimsExtensions
{
    public const string PersonIdClaim = "convening:person";

    /// <summary>The account's session this cookie or token belongs to; checked on every request (<see cref="SessionCheck"/>).</summary>
    public const string SessionClaim = "convening:session";

    /// <summary>The signed-in person's id, or null for the public.</summary>
    public static string? PersonId(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(PersonIdClaim) : null;

    public static string? SessionId(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(SessionClaim) : null;

    public static string? Email(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.Email) : null;
}
