using Convening.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Convening.Web.Edge;

/// <summary>
/// The one address people and calendar apps reach the service at (<c>Convening:PublicOrigin</c>,
/// e.g. https://convening.example.org). Every absolute link is built from it, and a request
/// whose Host header names any other site is refused, so a forged Host cannot put another
/// site's address into a link. Left unset (development, tests), links use the request's own
/// address and any host is served.
/// </summary>
public static class PublicOrigin
{
    /// <summary>Health probes come from inside the platform with the container's own address as Host.</summary>
    private static readonly PathString Health = "/health";

    /// <summary>An absolute address for a path on this site, e.g. a calendar feed or an email link.</summary>
    public static string Absolute(this HttpContext http, string path)
    {
        var origin = http.RequestServices.GetRequiredService<IOptions<ConveningOptions>>().Value.PublicOrigin;
        var start = origin is not null ? origin.TrimEnd('/') : $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        return start + path;
    }

    /// <summary>The site's origin (scheme, host and port), which passkeys are bound to.</summary>
    public static string Origin(this HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<ConveningOptions>>().Value.PublicOrigin?.TrimEnd('/')
        ?? $"{http.Request.Scheme}://{http.Request.Host}";

    /// <summary>Null when the setting is usable: an absolute http(s) origin, no path, query or fragment.</summary>
    public static string? Problem(string? origin) =>
        origin is null
        || (Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0)
            ? null
            : $"Convening:PublicOrigin must be the site's address with no path, such as https://convening.example.org (it is '{origin}').";

    public static IApplicationBuilder UseKnownHostOnly(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var origin = context.RequestServices.GetRequiredService<IOptions<ConveningOptions>>().Value.PublicOrigin;
            if (origin is null || context.Request.Path.StartsWithSegments(Health) || IsHost(context.Request.Host, new Uri(origin)))
            {
                await next(context);
                return;
            }
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"request.unknown-host: this service answers at {new Uri(origin).Host} only.");
        });

    private static bool IsHost(HostString host, Uri origin) =>
        string.Equals(host.Host, origin.Host, StringComparison.OrdinalIgnoreCase) && (host.Port is null || host.Port == origin.Port);
}
