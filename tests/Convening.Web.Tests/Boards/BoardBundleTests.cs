using System.Net;
using System.Text.RegularExpressions;

namespace Convening.Web.Tests.Boards;

/// <summary>
/// The live board's page loads its scripts as one module built from the board's modules, SortableJS
/// and markdown-it (decision 0060), and the site serves that module as JavaScript.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class BoardBundleTests(WebAppFixture app)
{
    [Fact]
    public async Task BoardPage_LoadsTheBoardAsOneBuiltModule_ServedAsJavaScript_ThatImportsNothing()
    {
        var s = await BoardScenario.Create(app);
        var browser = await Cycles.CookieBrowser.SignedIn(app, s.Member);
        var page = await browser.Html($"/boards/{s.BoardId}");

        var script = BundleScript().Match(page);
        Assert.True(script.Success, "The board's page has no <script type=\"module\"> for /js/dist/board.js.");
        Assert.DoesNotContain("modulepreload", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/js/board.mjs", page, StringComparison.Ordinal);
        Assert.DoesNotContain("markdown-it", page, StringComparison.Ordinal);
        // SignalR stays a global of its own: the bench and the tests build connections with it in the page.
        Assert.Contains("src=\"/lib/signalr/signalr.min.js?v=", page, StringComparison.Ordinal);

        using var response = await browser.Get(WebUtility.HtmlDecode(script.Groups[1].Value));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        var bundle = await response.Content.ReadAsStringAsync();
        Assert.Contains("board-usable", bundle, StringComparison.Ordinal);
        Assert.Contains("Sortable: ", bundle, StringComparison.Ordinal);
        Assert.Contains("Wrong `markdown-it` preset", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("window.markdownit", bundle, StringComparison.Ordinal);
        // Nothing is left to fetch: every import was built in.
        Assert.DoesNotMatch(ImportFrom(), bundle);
    }

    [GeneratedRegex("<script type=\"module\" src=\"(/js/dist/board\\.js\\?v=[^\"]+)\"></script>")]
    private static partial Regex BundleScript();

    [GeneratedRegex("""(?:\bfrom\s*|\bimport\s*\(?\s*)["'][./]""")]
    private static partial Regex ImportFrom();
}
