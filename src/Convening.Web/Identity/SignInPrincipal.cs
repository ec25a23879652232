using System.Security.Claims;

namespace Convening.Web.Identity;

public static class SignInPrincipal
{
    /// <summary>The principal for a person, for a cookie or a bearer token.</summary>
    public static ClaimsPrincipal For(string personId, string email, string scheme) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimsExtensions.PersonIdClaim, personId),
                new Claim(ClaimTypes.NameIdentifier, personId),
                new Claim(ClaimTypes.Email, email),
            ],
            scheme));
}
