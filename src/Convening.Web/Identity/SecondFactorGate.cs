using Convening.Contracts.Accounts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.People;
using Microsoft.Extensions.Options;

namespace Convening.Web.Identity;

/// <summary>
/// A person who holds a power that needs a second factor (Convening:Accounts:RequireSecondFactorFor:
/// directory moderators, place stewards) and has not set one up (an authenticator app or a passkey) can use nothing but their own
/// account until they do: pages send them to set it up, hubs refuse them, and GraphQL answers
/// every field but the account's own with account.second-factor-required (<see cref="GraphQL.Accounts.SecondFactorRule"/>).
/// Decided here, once per request, so no feature needs to know.
/// </summary>
public static class SecondFactorGate
{
    public const string Code = "account.second-factor-required";
    public const string Message = "Your role needs two-step sign-in. Set it up on the 'Sign-in and security' page before you carry on.";
    public const string SetUpPath = "/account/two-factor";

    private static readonly object Key = new();

    /// <summary>Paths a gated person may still use: their account, the GraphQL endpoint (which refuses field by field), health and the development outbox.</summary>
    private static readonly PathString[] Open = ["/account", "/graphql", "/health", "/dev"];

    public static IApplicationBuilder UseSecondFactorGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!await Required(context))
        {
            await next(context);
            return;
        }
        context.Items[Key] = true;
        if (Open.Any(p => context.Request.Path.StartsWithSegments(p)))
        {
            await next(context);
        }
        else if (context.Request.Path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"{Code}: {Message}");
        }
        else
        {
            context.Response.Redirect(SetUpPath);
        }
    });

    /// <summary>Whether this request's person must set up a second factor before anything else.</summary>
    public static bool IsRequired(HttpContext? context) => context?.Items.ContainsKey(Key) == true;

    private static async Task<bool> Required(HttpContext context)
    {
        var roles = context.RequestServices.GetRequiredService<IOptions<AccountsSettings>>().Value.RequireSecondFactorFor;
        var (personId, email) = (context.User.PersonId(), context.User.Email());
        if (roles == SecondFactorRoles.None || personId is null || email is null)
            return false;
        var grains = context.RequestServices.GetRequiredService<IGrainFactory>();
        if (await grains.GetGrain<IAccountGrain>(email).HasSecondFactor())
            return false;
        return (roles.HasFlag(SecondFactorRoles.Moderators) && await grains.GetGrain<IDirectoryModeratorsGrain>(IDirectoryModeratorsGrain.Key).IsModerator(personId))
            || (roles.HasFlag(SecondFactorRoles.Stewards) && await grains.GetGrain<IPersonGrain>(personId).IsSteward());
    }
}
