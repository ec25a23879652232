using Convening.Testing;
using Microsoft.Playwright;

namespace Convening.Browser.Tests.Groups;

/// <summary>What a newcomer met, in the browser: pages that ask before removing someone, a gathering recorded after it was held, readable cards.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class NewcomerJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task RemovingAMember_AsksOnItsOwnPage_ThenRemovesThem()
    {
        var api = new Api(new Uri(browser.Server.Url));
        var (email, token) = await api.Register("Cara");
        var (memberEmail, memberToken) = await api.Register("Milo");
        var groupId = await api.Group(token, memberEmail, memberToken);
        var page = await browser.NewPage();
        await SignIn.As(page, email);

        await page.GotoAsync($"/groups/{groupId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove Milo from the group" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Are you sure you want to remove Milo from the group?");
        await Axe.AssertNoViolations(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove Milo" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Milo has been removed from the group.");
        await Assertions.Expect(page.Locator("th[scope=row]", new() { HasText = "Milo" })).ToHaveCountAsync(0);
        await Axe.AssertNoViolations(page);
    }

    [Fact]
    public async Task GatheringHeldLastWeek_IsRecorded_AndAsksHowTheConversationWent()
    {
        var api = new Api(new Uri(browser.Server.Url));
        var (email, token) = await api.Register("Cara");
        var groupId = await api.Group(token);
        var gathering = (await api.Call(token, "mutation($i: PlanGatheringInput!) { planGathering(input: $i) { gathering { id } } }",
            new { i = new { groupId, title = "Forum", format = "ONLINE", joinUrl = "https://meet.example.org/forum", minutes = 60, timeZone = "Europe/London" } }))["planGathering"]!["gathering"]!["id"]!.GetValue<string>();
        var page = await browser.NewPage();
        await SignIn.As(page, email);
        var lastWeek = DateTime.UtcNow.Date.AddDays(-7);

        await page.GotoAsync($"/gatherings/{gathering}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record when it was held" }).ClickAsync();
        await Axe.AssertNoViolations(page);
        await page.GetByLabel("Day").FillAsync($"{lastWeek.Day}");
        await page.GetByLabel("Month").FillAsync($"{lastWeek.Month}");
        await page.GetByLabel("Year").FillAsync($"{lastWeek.Year}");
        await page.GetByLabel("Start time").FillAsync("10:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record it as held" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "How did the conversation go?" })).ToBeVisibleAsync();
        await Axe.AssertNoViolations(page);
    }

    [Fact]
    public async Task CardText_IsInTheGovukFont_NotTheBrowsersSerif()
    {
        var api = new Api(new Uri(browser.Server.Url));
        var (email, token) = await api.Register("Cara");
        var groupId = await api.Group(token);
        var (boardId, laneId) = await api.Board(token, groupId);
        Assert.True(await api.TryChangeBoard(token, boardId, laneId, "Ask young people *once*"));
        var page = await browser.NewPage();
        await SignIn.As(page, email);

        await page.GotoAsync($"/boards/{boardId}");
        // The live board redraws the cards once it has joined; read the font from the card it drew.
        await Assertions.Expect(page.Locator("#board.app-board--live")).ToBeVisibleAsync();
        var font = await page.Locator(".app-card__text p").First.EvaluateAsync<string>("p => getComputedStyle(p).fontFamily");

        Assert.StartsWith("arial", font, StringComparison.OrdinalIgnoreCase);
    }
}
