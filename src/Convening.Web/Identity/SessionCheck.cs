using System.Security.Claims;
using Convening.Contracts.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Convening.Web.Identity;

/// <summary>
/// Every request that carries a cookie or bearer token asks the account whether that session is
/// still signed in, so "sign out everywhere" and a password reset end cookies and tokens at once
/// (a bearer token cannot be recalled, but it is refused from then on). A refused session is
/// treated as the public; a refused cookie is also removed.
/// </summary>
public static class SessionCheck
{
    public static IApplicationBuilder UseSessionCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && !await StillSignedIn(context, user))
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            if (user.Identity.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme)
                await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
        await next(context);
    });

    private static async Task<bool> StillSignedIn(HttpContext context, ClaimsPrincipal user)
    {
        var (email, session) = (user.Email(), user.SessionId());
        if (email is null || session is null)
            return false;
        return await context.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(email).CheckSession(session);
    }
}
