namespace Convening.Web.Pages;

public static class PagesSetup
{
    public static IServiceCollection AddConveningPages(this IServiceCollection services)
    {
        services.AddRouting(o => o.LowercaseUrls = true);
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/People");
            o.Conventions.AuthorizeFolder("/Gatherings");
            o.Conventions.AuthorizePage("/Places/New");
            o.Conventions.AuthorizeFolder("/Reflections");
            o.Conventions.AuthorizePage("/Principles/New");
            o.Conventions.AuthorizePage("/Principles/Adopt");
            o.Conventions.AuthorizePage("/Directory/Submit");
            o.Conventions.AuthorizePage("/Directory/Edit");
            o.Conventions.AuthorizePage("/Directory/Moderation");
            o.Conventions.AuthorizePage("/Directory/Review");
            o.Conventions.AuthorizePage("/Account/Security");
            o.Conventions.AuthorizePage("/Account/TwoFactor");
            o.Conventions.AuthorizePage("/Account/Passkeys");
            o.Conventions.AuthorizePage("/Notifications/Index");
            o.Conventions.AuthorizePage("/Notifications/Preferences");
            o.Conventions.ConfigureFilter(new UnknownHandlerFilter());
        });
        return services;
    }

    public static IEndpointRouteBuilder MapConveningPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        return endpoints;
    }
}
