using System.Security.Cryptography;

namespace Convening.Web.Edge;

/// <summary>
/// The headers every response carries: pages, GraphQL, static files and errors alike. They are
/// added as the response starts, so an error page re-executed later in the pipeline has them too.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts, styles and connections from this site only (no inline script or style
    /// anywhere); fonts from this site or embedded in its stylesheets (GraphiQL's are);
    /// images from this site or data: URIs, so a Markdown image or tracker on
    /// another host is never fetched; no framing, plugins or base-URI tricks.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    private const string StyleNonceKey = "Convening.StyleNonce";

    /// <summary>
    /// Lets this response's page add <c>&lt;style&gt;</c> elements carrying the returned nonce (and
    /// no others): for third-party script that writes styles at run time (GraphiQL's dialogs lock
    /// scrolling that way). Our own pages never call it.
    /// </summary>
    public static string AllowStyleElements(HttpContext context)
    {
        if (context.Items[StyleNonceKey] is not string nonce)
        {
            nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            context.Items[StyleNonceKey] = nonce;
        }
        return nonce;
    }

    /// <summary>The policy for this response: the fixed one, plus a style nonce where a page asked for one.</summary>
    public static string PolicyFor(HttpContext context) =>
        context.Items[StyleNonceKey] is string nonce
            ? ContentSecurityPolicy.Replace("style-src 'self'", $"style-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal)
            : ContentSecurityPolicy;

    /// <summary>Powerful browser features the service never uses.</summary>
    public const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = PolicyFor(context);
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
