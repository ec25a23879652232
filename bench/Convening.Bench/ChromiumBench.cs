using System.Diagnostics;
using Convening.Contracts.Boards;
using Convening.Testing;
using Convening.Testing.Boards;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;

namespace Convening.Bench;

/// <summary>
/// The live board in real Chromium pages (decision 0038), each figure beside a baseline taken in the
/// same run: a change seen in another browser against a bare hub round trip from the browser; a
/// board of 500 and of 10,000 cards opening against one of 5 cards; bytes sent per change.
/// </summary>
public static class ChromiumBench
{
    private const string UsableCard = "#board.app-board--live li.app-card [data-action=move]";

    /// <summary>Timed openings of each board; 5 swung the medians by more than 10% between runs.</summary>
    private const int Rounds = 15;

    public static async Task Run(int iterations)
    {
        await using var host = new BenchHost();
        var people = await People.Create(host);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Console.WriteLine($"# The live board in Chromium ({Environment.ProcessorCount} cores, load average at start {Load()}, {iterations} iterations)\n");
        await using (var member = await SignedIn(browser, host, people.MemberEmail))
        await using (var facilitator = await SignedIn(browser, host, people.FacilitatorEmail))
            await ChangeSeen(people, member, facilitator, iterations);
        // The openings get a browser context of their own, signed in afresh once the change-seen part's
        // two contexts (and their pages' hub connections) are gone: a person opening a board has no
        // second signed-in browser beside it.
        await using var reader = await SignedIn(browser, host, people.MemberEmail);
        await Opening(host, people, reader);
        Console.WriteLine($"\nLoad average at the end: {Load()}");
    }

    /// <summary>(a) A card added in one browser until it is on the other's page, against a hub round trip from the browser.</summary>
    private static async Task ChangeSeen(People people, IBrowserContext member, IBrowserContext facilitator, int iterations)
    {
        var (boardId, laneId) = await people.OpenBoard();
        var a = await Open(member, boardId);
        var b = await Open(facilitator, boardId);
        await b.EvaluateAsync(@"() => {
            window.__seen = {};
            new MutationObserver(() => {
              for (const p of document.querySelectorAll('#board li.app-card .app-card__text')) {
                const t = p.textContent.trim();
                if (t && !(t in window.__seen)) window.__seen[t] = performance.timeOrigin + performance.now();
              }
            }).observe(document.getElementById('board'), { subtree: true, childList: true, characterData: true });
        }");
        await a.EvaluateAsync(@"async id => {
            window.__ping = new signalR.HubConnectionBuilder().withUrl('/hubs/boards').build();
            await window.__ping.start();
            await window.__ping.invoke('Join', id, 0);
        }", boardId);
        var seen = new List<double>();
        var ping = new List<double>();
        for (var i = -5; i < iterations; i++)
        {
            var text = $"bench card {i + 5}";
            var sent = await a.EvaluateAsync<double>(@"text => {
                const form = document.querySelector('form.app-lane__add');
                form.querySelector('textarea').value = text;
                const t = performance.timeOrigin + performance.now();
                form.requestSubmit();
                return t;
            }", text);
            await b.WaitForFunctionAsync("t => t in window.__seen", text, new() { PollingInterval = 5 });
            var at = await b.EvaluateAsync<double>("t => window.__seen[t]", text);
            var roundTrip = await a.EvaluateAsync<double>(@"async ([id, lane]) => {
                const t = performance.now();
                await window.__ping.invoke('More', id, lane, 100000);
                return performance.now() - t;
            }", new object[] { boardId, laneId });
            if (i < 0)
                continue;
            seen.Add(at - sent);
            ping.Add(roundTrip);
        }
        var s = Percentiles.Of(seen);
        var p = Percentiles.Of(ping);
        Console.WriteLine("## (a) A change in one browser seen in another\n");
        Console.WriteLine("| measure | p50 ms | p95 ms | p99 ms |\n| --- | ---: | ---: | ---: |");
        Console.WriteLine($"| card added in browser A, drawn in browser B | {s.P50:F1} | {s.P95:F1} | {s.P99:F1} |");
        Console.WriteLine($"| baseline: hub round trip from browser A (no write, no broadcast) | {p.P50:F1} | {p.P95:F1} | {p.P99:F1} |");
        Console.WriteLine($"| ratio | {s.P50 / p.P50:F1} | {s.P95 / p.P95:F1} | {s.P99 / p.P99:F1} |\n");
        await a.CloseAsync();
        await b.CloseAsync();
    }

    /// <summary>(b, c) Time to a usable card and bytes sent, opening boards of 5, 500 and 10,000 cards; bytes per change.</summary>
    private static async Task Opening(BenchHost host, People people, IBrowserContext member)
    {
        var author = new BoardPerson("bench-author", "Bench");
        var boards = new (string Name, int[] Lanes)[] { ("5", [1, 2, 2]), ("500", [200, 200, 100]), ("10,000", [5_000, 3_000, 2_000]) }
            .Select(b => (b.Name, b.Lanes, Seeded: BoardSeed.Write(host.Services, host.DataPath, people.GroupId, author, b.Lanes))).ToList();
        // The first opening of each activates its grain (reads its events): not what a person waits for twice.
        foreach (var board in boards)
            await (await OpenMeasured(member, board.Seeded.BoardId, countFrames: false)).Page.CloseAsync();
        // Bytes are counted in an untimed opening, with the hub's frames copied to this process; the timed
        // openings below have no such listener (Playwright's own client and driver still work during them).
        var bytes = new Dictionary<string, (long Html, long Socket)>();
        foreach (var board in boards)
        {
            var opened = await OpenMeasured(member, board.Seeded.BoardId, countFrames: true);
            bytes[board.Name] = (opened.Html, opened.Socket);
            await opened.Page.CloseAsync();
        }
        var times = boards.ToDictionary(b => b.Name, _ => new List<double>());
        var phases = boards.ToDictionary(b => b.Name, _ => new List<Dictionary<string, double>>());
        for (var round = 0; round < Rounds; round++)
            foreach (var board in round % 2 == 0 ? boards : Enumerable.Reverse(boards))
            {
                var opened = await OpenMeasured(member, board.Seeded.BoardId, countFrames: false);
                times[board.Name].Add(opened.Ms);
                phases[board.Name].Add(opened.Phases);
                await opened.Page.CloseAsync();
            }
        Console.WriteLine("## (b, c) Opening a board: time to a usable card and bytes sent\n");
        Console.WriteLine($"Median of {Rounds} openings each, interleaved (5, 500, 10,000, then the other way round); time from the navigation until the card is usable (Playwright's wall clock, not waiting for the load event); bytes are the page's HTML and the hub's frames to it until the first card is usable, counted in an untimed opening.\n");
        Console.WriteLine("| cards | time to a usable card, ms | ratio to 5 cards | HTML bytes | hub bytes | cards sent |\n| ---: | ---: | ---: | ---: | ---: | ---: |");
        var baseline = Median(times["5"]);
        foreach (var board in boards)
            Console.WriteLine($"| {board.Name} | {Median(times[board.Name]):F0} | {Median(times[board.Name]) / baseline:F2} | {bytes[board.Name].Html:N0} | {bytes[board.Name].Socket:N0} | {board.Lanes.Sum(n => Math.Min(n, BoardLimits.LanePage))} |");
        Console.WriteLine("\nWhere the time goes (median ms after the navigation started, in the page's own clock; – where the page has no such moment):\n");
        Console.WriteLine("| cards | first byte | HTML received | DOM ready | last script received | scripts | board script starts | drawn and wired (script's mark) | first usable card in the DOM | hub connected | joined |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        string[] keys = ["firstByte", "html", "domReady", "lastScript", "scripts", "board-start", "board-usable", "usable", "board-connected", "board-joined"];
        foreach (var board in boards)
            Console.WriteLine($"| {board.Name} | {string.Join(" | ", keys.Select(k => phases[board.Name].Where(p => p.ContainsKey(k)).Select(p => p[k]).ToList() is { Count: > 0 } v ? Median(v).ToString("F0") : "–"))} |");

        Console.WriteLine("\n## (c) Bytes sent to an open board per change to cards it has not loaded\n");
        Console.WriteLine("| cards | bytes per change (10 edits, 10 moves into view) | ratio to 500 cards |\n| ---: | ---: | ---: |");
        var perChange = new Dictionary<string, double>();
        foreach (var board in boards.Skip(1))
            perChange[board.Name] = await BytesPerChange(host, people, member, board.Seeded.BoardId, board.Seeded.LaneIds, board.Lanes);
        foreach (var (name, value) in perChange)
            Console.WriteLine($"| {name} | {value:F0} | {value / perChange["500"]:F2} |");
    }

    private static async Task<double> BytesPerChange(BenchHost host, People people, IBrowserContext member, string boardId, IReadOnlyList<string> lanes, int[] counts)
    {
        var opened = await OpenMeasured(member, boardId);
        var hub = Connections.Board(host, people.FacilitatorToken);
        await hub.StartAsync();
        await hub.InvokeAsync<object>("Join", boardId, 0L);
        var before = opened.SocketNow();
        for (var i = 0; i < 10; i++)
            await hub.InvokeAsync<long>("Do", boardId, new EditCard($"c2x{counts[2] - 1 - i}", $"Edited far down the lane, {i}", "blue"));
        string last = "";
        for (var i = 0; i < 10; i++)
            await hub.InvokeAsync<long>("Do", boardId, new MoveCard(last = $"c0x{counts[0] - 1 - i}", lanes[1], 0));
        await opened.Page.Locator($"#card-{last}").WaitForAsync();
        var sent = opened.SocketNow() - before;
        await hub.DisposeAsync();
        await opened.Page.CloseAsync();
        return sent / 20.0;
    }

    private sealed record Opened(IPage Page, double Ms, long Html, long Socket, Func<long> SocketNow, Dictionary<string, double> Phases);

    /// <summary>The opening's moments from the Navigation and Resource Timing APIs and the board script's own marks.</summary>
    private const string PhasesScript = @"() => {
        const n = performance.getEntriesByType('navigation')[0];
        const scripts = performance.getEntriesByType('resource').filter(r => /\.m?js(\?|$)/.test(r.name));
        const out = { firstByte: n.responseStart, html: n.responseEnd, domReady: n.domContentLoadedEventEnd,
          lastScript: Math.max(0, ...scripts.map(r => r.responseEnd)), scripts: scripts.length, usable: window.__usableAt ?? performance.now() };
        for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('board-')) out[m.name] = m.startTime;
        return out;
    }";

    /// <summary>
    /// Runs before the page's own scripts: notes, in the page's clock, the first moment a usable card is
    /// in the DOM (the same selector the bench waits for), so the breakdown does not include Playwright's
    /// polling. The wall-clock column keeps Playwright's view (the card visible), from the navigation's commit.
    /// </summary>
    private const string UsableWatch = @"(() => {
        const look = () => {
          if (window.__usableAt || !document.querySelector('" + UsableCard + @"')) return;
          window.__usableAt = performance.now();
          watch.disconnect();
        };
        const watch = new MutationObserver(look);
        watch.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    })()";

    private static async Task<Opened> OpenMeasured(IBrowserContext context, string boardId, bool countFrames = true)
    {
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(UsableWatch);
        long socket = 0;
        if (countFrames)
            page.WebSocket += (_, ws) => ws.FrameReceived += (_, f) => Interlocked.Add(ref socket, System.Text.Encoding.UTF8.GetByteCount(f.Text ?? "") + (f.Binary?.Length ?? 0));
        var start = Stopwatch.GetTimestamp();
        // From the navigation to a usable card, without waiting for the load event (which also waits for
        // every image, stylesheet and script, none of which a person waits for once the card works).
        var response = await page.GotoAsync($"/boards/{boardId}", new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator(UsableCard).First.WaitForAsync();
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var phases = await page.EvaluateAsync<Dictionary<string, double>>(PhasesScript);
        var sizes = await response!.Request.SizesAsync();
        return new(page, ms, sizes.ResponseBodySize, Interlocked.Read(ref socket), () => Interlocked.Read(ref socket), phases);
    }

    private static async Task<IPage> Open(IBrowserContext context, string boardId)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/boards/{boardId}");
        await page.Locator("#board.app-board--live").WaitForAsync();
        return page;
    }

    private static async Task<IBrowserContext> SignedIn(IBrowser browser, BenchHost host, string email)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = host.Url.ToString().TrimEnd('/'), ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(300_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Api.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in"));
        await page.CloseAsync();
        return context;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
