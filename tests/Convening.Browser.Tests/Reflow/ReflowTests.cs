using System.Text.RegularExpressions;
using Convening.Testing;
using Microsoft.Playwright;

namespace Convening.Browser.Tests.Reflow;

/// <summary>
/// WCAG 1.4.10 (reflow): at 320 CSS pixels wide every page fits the screen, so nobody has to scroll
/// sideways to read a line. The test walks every page a signed-in convenor can reach by following links.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReflowTests(BrowserFixture browser)
{
    private const int Narrow = 320;
    private const int MostPages = 80;
    private const int PagesPerKind = 2;

    [Fact]
    public async Task EveryPage_At320Pixels_FitsWithoutScrollingSideways()
    {
        var api = new Api(new Uri(browser.Server.Url));
        var (email, token) = await api.Register("Reflow Convenor");
        var (memberEmail, memberToken) = await api.Register("Reflow Member With A Rather Long Name");
        var groupId = await api.Group(token, memberEmail, memberToken);
        await api.Board(token, groupId);
        await api.Call(token, "mutation($i: StartCycleInput!) { startCycle(input: $i) { cycle { id } } }",
            new { i = new { groupId, question = "How do we stop young people in Northfield being passed between services?" } });
        var gathering = await api.Call(token, "mutation($i: PlanGatheringInput!) { planGathering(input: $i) { gathering { id } } }",
            new { i = new { groupId, title = "Monthly check-in", format = "IN_PERSON", address = "Northfield Academy library, Granitehill Place, Aberdeen AB16 7AU", minutes = 60, timeZone = "Europe/London" } });
        var page = await browser.NewPage();
        await page.SetViewportSizeAsync(Narrow, 640);
        await SignIn.As(page, email);

        var wide = new List<string>();
        var seen = new HashSet<string> { "/" };
        var kinds = new Dictionary<string, int>();
        var queue = new Queue<string>(["/", $"/gatherings/{gathering["planGathering"]!["gathering"]!["id"]!.GetValue<string>()}"]);
        var visited = 0;
        while (queue.Count > 0 && visited < MostPages)
        {
            var path = queue.Dequeue();
            var kind = IdPattern().Replace(path.Split('?')[0], "{id}");
            if (kinds.GetValueOrDefault(kind) >= PagesPerKind)
                continue;
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            var response = await page.GotoAsync(path);
            if (response is null || !response.Ok || !(response.Headers.GetValueOrDefault("content-type") ?? "").StartsWith("text/html", StringComparison.Ordinal))
                continue;
            visited++;
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            if (widths[0] > widths[1])
                wide.Add($"{path}: {widths[0]}px wide, {await Widest(page)}");
            foreach (var link in await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('a[href]:not([download])')].map(a => a.getAttribute('href'))"))
            {
                if (Follow(link) && seen.Add(link))
                    queue.Enqueue(link);
            }
        }

        Assert.True(visited >= 20, $"Only {visited} pages were reached; the walk should cover the site.");
        Assert.True(wide.Count == 0, $"At {Narrow}px these pages scroll sideways:\n" + string.Join("\n", wide));
    }

    /// <summary>Site pages only: no sign-out, downloads, feeds, the API or in-page anchors.</summary>
    private static bool Follow(string href) =>
        href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)
        && !Regex.IsMatch(href, @"^/(account/sign-out|graphql|hubs|health|openapi)|\.(ics|csv|json|xml)(\?|$)|/(feed|export|calendar)", RegexOptions.IgnoreCase);

    /// <summary>The elements that stick out furthest (or whose words run out of them), to say what to fix.</summary>
    private static Task<string> Widest(IPage page) => page.EvaluateAsync<string>("""
        () => [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 || e.getBoundingClientRect().left + e.scrollWidth > window.innerWidth + 1)
          .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)
          .slice(0, 3)
          .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} (right edge ${Math.round(e.getBoundingClientRect().right)}px)`)
          .join(', ')
        """);

    [GeneratedRegex("[0-9a-f]{12,}(-[0-9a-f]{4,})*|(?<=/)(?=[a-z0-9-]*[0-9])[a-z0-9-]{6,}(?=/|$)")]
    private static partial Regex IdPattern();
}
