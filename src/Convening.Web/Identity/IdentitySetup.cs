using Convening.Contracts.Accounts;
using Convening.Grains.Accounts;
using Convening.Web.Hosting;
using Convening.Web.Identity.KeyVault;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;

namespace Convening.Web.Identity;

public static class IdentitySetup
{
    /// <summary>Scheme that accepts either a bearer token (API clients) or the cookie (browser).</summary>
    public const string Combined = "convening";

    /// <summary>The section bound to ASP.NET Core's own <c>OpenIdConnectOptions</c>; present, people may sign in through that provider.</summary>
    public const string OpenIdConnectSection = "Authentication:OpenIdConnect";

    /// <summary>
    /// Cookies for the browser, bearer tokens for API clients, OpenID Connect when configured
    /// (section "Authentication:OpenIdConnect"). Keys persist under the data folder so sign-ins
    /// survive a restart.
    /// </summary>
    public static IServiceCollection AddConveningIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.Convening();
        var accounts = configuration.GetSection(AccountsSettings.Section);
        services.AddOptions<AccountOptions>().Bind(accounts).Validate(o => o.VerificationLifetime > TimeSpan.Zero && o.ResetLifetime > TimeSpan.Zero
            && o.LongestBackOff >= TimeSpan.Zero && o.FreeAttempts >= 0 && o.MaxSessions > 0,
            $"{AccountsSettings.Section}: the lifetimes must be positive, the back-off and free attempts not negative, and MaxSessions at least 1.").ValidateOnStart();
        services.AddOptions<AccountsSettings>().Bind(accounts).Validate(o => o.TokenLifetime > TimeSpan.Zero && o.AttemptsPerMinutePerAddress > 0,
            $"{AccountsSettings.Section}: TokenLifetime and AttemptsPerMinutePerAddress must be positive.")
            .Validate(o => (o.RequireSecondFactorFor & ~(SecondFactorRoles.Moderators | SecondFactorRoles.Stewards)) == 0,
                $"{AccountsSettings.Section}:RequireSecondFactorFor is 'Moderators, Stewards', one of them, or 'None'.").ValidateOnStart();
        var settings = accounts.Get<AccountsSettings>() ?? new();
        services.AddHttpContextAccessor();
        services.AddSingleton<SignInLimiter>();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<AccountMail>();
        services.AddHostedService<StewardMarks>();
        services.AddDataProtection()
            .SetApplicationName("Convening")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataPath, "keys")))
            .ProtectKeysWithKeyVault(options.DataProtection.KeyVaultKeyId);

        var auth = services.AddAuthentication(Combined)
            .AddPolicyScheme(Combined, "Bearer token or cookie", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    || (ctx.Request.Path.StartsWithSegments("/hubs") && ctx.Request.Query.ContainsKey("access_token"))
                    ? BearerTokenDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/account/sign-in";
                o.LogoutPath = "/account/sign-out";
                o.AccessDeniedPath = "/account/sign-in";
                o.Cookie.Name = "convening";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromDays(7);
                o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
            })
            .AddBearerToken(o =>
            {
                o.BearerTokenExpiration = settings.TokenLifetime;
                // WebSockets cannot send headers, so hub clients pass the token in the query string.
                o.Events.OnMessageReceived = ctx =>
                {
                    if (ctx.Request.Path.StartsWithSegments("/hubs") && ctx.Request.Query["access_token"] is [{ Length: > 0 } token])
                        ctx.Token = token;
                    return Task.CompletedTask;
                };
            });

        var oidc = configuration.GetSection(OpenIdConnectSection);
        if (oidc.Exists())
            auth.AddOpenIdConnect(o =>
            {
                oidc.Bind(o);
                o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.ResponseType = "code";
                o.Scope.Add("email");
                o.Events.OnTicketReceived = MapExternalPerson;
            });
        services.AddAuthorization();
        return services;
    }

    /// <summary>Finds or creates the person for an OpenID Connect sign-in, by email.</summary>
    private static async Task MapExternalPerson(TicketReceivedContext context)
    {
        var external = context.Principal!;
        var email = (external.FindFirst("email") ?? external.FindFirst(System.Security.Claims.ClaimTypes.Email))?.Value
            ?? throw new InvalidOperationException("The identity provider did not send an email address.");
        var grains = context.HttpContext.RequestServices.GetRequiredService<IGrainFactory>();
        var session = await grains.GetGrain<IAccountGrain>(email.ToLowerInvariant())
            .SignInExternal(external.FindFirst("name")?.Value ?? email, Devices.Describe(context.HttpContext));
        context.Principal = SignInPrincipal.For(session, email.ToLowerInvariant(), CookieAuthenticationDefaults.AuthenticationScheme);
    }

    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/graphql") || ctx.Request.Path.StartsWithSegments("/hubs"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
