using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace Convening.Web.Markdown;

/// <summary>
/// Renders people's Markdown (cards, notes, descriptions) on the way out. Raw HTML is not
/// passed through, and only http, https and mailto links survive: a `javascript:` or `data:`
/// link, however it is encoded, becomes plain text; an image from another host stays a link
/// (the Content-Security-Policy would block it anyway, but the reader should see where it points).
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseTaskLists()
        .Build();

    public static IHtmlContent Render(string? markdown)
    {
        var document = Markdig.Markdown.Parse(markdown ?? "", Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "";
                link.IsImage = false;
            }
            else
            {
                // An image from another host would tell that host who read the text, and when.
                if (link.IsImage && !IsOnThisSite(link.Url))
                {
                    link.IsImage = false;
                    if (link.FirstChild is null)
                        link.AppendChild(new LiteralInline(link.Url ?? ""));
                }
                link.GetAttributes().AddPropertyIfNotExist("rel", "nofollow noopener");
            }
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().Where(a => !IsSafe(a.IsEmail ? "mailto:" + a.Url : a.Url)))
            autolink.Url = "";
        return new HtmlString(Markdig.Markdown.ToHtml(document, Pipeline));
    }

    private static bool IsOnThisSite(string? url) => url is ['/', not '/', ..] or "/";

    /// <summary>The words of people's Markdown without its markup, for places that show plain text (calendar files).</summary>
    public static string PlainText(string? markdown) =>
        Markdig.Markdown.ToPlainText(markdown ?? "", Pipeline).Trim();

    /// <summary>True for absolute http(s) and mailto links, and for relative links within the site.</summary>
    public static bool IsSafe(string? url)
    {
        var trimmed = new string((url ?? "").Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        if (trimmed.Length == 0)
            return false;
        if (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal))
            return true;
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto);
    }
}
