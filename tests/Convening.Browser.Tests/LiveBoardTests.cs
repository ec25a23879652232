using Convening.Browser.Tests.Gatherings;
using Convening.Testing;
using Microsoft.Playwright;

namespace Convening.Browser.Tests;

/// <summary>Two people in two browsers on one board: each sees the other's work without reloading.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveBoardTests(BrowserFixture fixture)
{
    [Fact]
    public async Task CardAddedInOneBrowser_AppearsInTheOther_AndMovesByKeyboard()
    {
        var api = new Api(new Uri(fixture.Server.Url));
        var lewis = await api.Register("Lewis Grant");
        var morag = await api.Register("Morag Innes");
        var group = await api.Group(lewis.Token, morag.Email, morag.Token);
        var (board, _) = await api.Board(lewis.Token, group);

        var lewisPage = await Journey.SignedIn(fixture, lewis.Email);
        var moragPage = await Journey.SignedIn(fixture, morag.Email);
        await lewisPage.GotoAsync($"/boards/{board}");
        await moragPage.GotoAsync($"/boards/{board}");
        await Assertions.Expect(lewisPage.Locator("#presence")).ToContainTextAsync("Morag Innes");
        await Axe.AssertNoViolations(moragPage);

        await lewisPage.GetByLabel("Add a card to What we notice").FillAsync("Young people are **passed between** services");
        await lewisPage.GetByRole(AriaRole.Button, new() { Name = "Add card to What we notice" }).ClickAsync();

        var lanes = moragPage.Locator("section.app-lane");
        await Assertions.Expect(lanes.Nth(0).Locator("li.app-card")).ToContainTextAsync("Young people are passed between services");
        Assert.Equal(1, await lanes.Nth(0).Locator("li.app-card strong").CountAsync());

        var card = moragPage.Locator("li.app-card").First;
        await card.FocusAsync();
        await moragPage.Keyboard.PressAsync("Alt+ArrowRight");

        var lewisLanes = lewisPage.Locator("section.app-lane");
        await Assertions.Expect(lewisLanes.Nth(1).Locator("li.app-card")).ToContainTextAsync("passed between");
        await Assertions.Expect(lewisLanes.Nth(0).Locator("li.app-card")).ToHaveCountAsync(0);
        await Axe.AssertNoViolations(lewisPage);
    }
}
