using Convening.Browser.Tests.Gatherings;
using Convening.Testing;
using Microsoft.Playwright;

namespace Convening.Browser.Tests.Boards;

/// <summary>A facilitator (Lewis, the convenor) and two members (Morag, Aisha) on one board, each in their own browser.</summary>
public sealed record BoardWorld(Api Api, string BoardId, string FirstLaneId, (string Email, string Token) Lewis, (string Email, string Token) Morag, (string Email, string Token) Aisha)
{
    public static async Task<BoardWorld> Create(BrowserFixture fixture)
    {
        var api = new Api(new Uri(fixture.Server.Url));
        var lewis = await api.Register("Lewis Grant");
        var morag = await api.Register("Morag Innes");
        var aisha = await api.Register("Aisha Khan");
        var group = await api.Group(lewis.Token, morag.Email, morag.Token, aisha.Email, aisha.Token);
        var (board, lane) = await api.Board(lewis.Token, group);
        return new(api, board, lane, lewis, morag, aisha) { GroupId = group };
    }

    public string GroupId { get; init; } = "";

    /// <summary>The person's browser on the board, once the live board has been drawn.</summary>
    public async Task<IPage> Open(BrowserFixture fixture, (string Email, string Token) who, int width = 1280, int height = 800, Action<IPage>? before = null)
    {
        var page = await Journey.SignedIn(fixture, who.Email);
        await page.SetViewportSizeAsync(width, height);
        before?.Invoke(page);
        await page.GotoAsync($"/boards/{BoardId}");
        await Assertions.Expect(page.Locator("#board.app-board--live")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Adds a card through the API (as a second client would) and returns its id.</summary>
    public async Task<string> Card((string Email, string Token) who, string text, string? laneId = null)
    {
        var data = await Api.Call(who.Token, "mutation($i: ChangeBoardInput!) { changeBoard(input: $i) { board { lanes { cards { id text } } } } }",
            new { i = new { boardId = BoardId, action = "ADD_CARD", laneId = laneId ?? FirstLaneId, text } });
        return data["changeBoard"]!["board"]!["lanes"]!.AsArray().SelectMany(l => l!["cards"]!.AsArray()).Last(c => c!["text"]!.GetValue<string>() == text)!["id"]!.GetValue<string>();
    }

    public Task<System.Text.Json.Nodes.JsonNode> Change((string Email, string Token) who, object input) =>
        Api.Call(who.Token, "mutation($i: ChangeBoardInput!) { changeBoard(input: $i) { board { version } } }", new { i = input });

    public static ILocator Lane(IPage page, int index) => page.Locator("section.app-lane").Nth(index);

    /// <summary>Saves a screenshot for a person to look at, when BOARD_SCREENSHOTS names a folder.</summary>
    public static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("BOARD_SCREENSHOTS") is { Length: > 0 } folder)
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
