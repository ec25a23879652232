using Convening.Web.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Convening.Web.Edge;

/// <summary>
/// Where the service meets the internet: the proxy in front of it, the address it is known by,
/// and the headers that tell browsers what to refuse.
/// </summary>
public static class EdgeSetup
{
    public static IServiceCollection AddConveningEdge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddConveningOptions();
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
            o.ExcludedHosts.Clear();
        });
        // Azure Container Apps' ingress ends TLS and forwards the request over HTTP; with these
        // trusted the request is HTTPS again, so the sign-in cookie is Secure and HSTS is sent.
        // Only the platform can reach the container, so its proxy's address need not be known.
        if (configuration.Convening().ForwardedHeaders)
            services.Configure<ForwardedHeadersOptions>(o =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                o.KnownIPNetworks.Clear();
                o.KnownProxies.Clear();
            });
        return services;
    }

    /// <summary>First in the pipeline, so every response (static files and errors included) passes through.</summary>
    public static WebApplication UseConveningEdge(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ConveningOptions>>().Value.ForwardedHeaders)
            app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseKnownHostOnly();
        app.UseHsts();
        return app;
    }
}
