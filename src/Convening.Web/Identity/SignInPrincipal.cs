using System.Security.Claims;
using Convening.Contracts.Accounts;

namespace Convening.Web.Identity;

public static class SignInPrincipal
{
    /// <summary>The principal for a session, for a cookie or a bearer token.</summary>
    public static ClaimsPrincipal For(SignedIn session, string email, string scheme) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimsExtensions.PersonIdClaim, session.PersonId),
                new Claim(ClaimTypes.NameIdentifier, session.PersonId),
                new Claim(ClaimTypes.Email, email),
                new Claim(ClaimsExtensions.SessionClaim, session.SessionId),
            ],
            scheme));
}
