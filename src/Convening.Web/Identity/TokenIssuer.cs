using Convening.Contracts.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;

namespace Convening.Web.Identity;

/// <summary>Issues bearer tokens for API clients that sign in through GraphQL.</summary>
public sealed class TokenIssuer(IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock)
{
    public (string Token, DateTimeOffset ExpiresAt) Issue(SignedIn session, string email)
    {
        var o = options.Get(BearerTokenDefaults.AuthenticationScheme);
        var expires = clock.GetUtcNow() + o.BearerTokenExpiration;
        var ticket = new AuthenticationTicket(
            SignInPrincipal.For(session, email, BearerTokenDefaults.AuthenticationScheme),
            new AuthenticationProperties { ExpiresUtc = expires },
            BearerTokenDefaults.AuthenticationScheme);
        return (o.BearerTokenProtector.Protect(ticket), expires);
    }
}
