using System.Text.RegularExpressions;
using Convening.Browser.Tests.Gatherings;
using Convening.Testing.Boards;
using Microsoft.Playwright;

namespace Convening.Browser.Tests.Boards;

/// <summary>What the board says, with and without its scripts: its clock times, its help, its facilitator's controls' names.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BoardWordsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task VotesClosingTime_IsUkTime_InABrowserElsewhere_AsTheServerDrawsIt()
    {
        var world = await BoardWorld.Create(fixture);
        await world.Change(world.Lewis, new { boardId = world.BoardId, action = "OPEN_VOTE", number = 3, seconds = 600 });
        var vote = await world.Api.Call(world.Morag.Token, "query($id: ID!) { board(id: $id) { vote { closesAt } } }", new { id = world.BoardId });
        var closes = DateTimeOffset.Parse(vote["board"]!["vote"]!["closesAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var uk = TimeZoneInfo.ConvertTime(closes, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

        foreach (var javaScript in new[] { true, false })
        {
            // Morag's browser is in New York: five hours behind UK time in winter, four in summer.
            var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.Server.Url, JavaScriptEnabled = javaScript, TimezoneId = "America/New_York" });
            context.SetDefaultTimeout(10_000);
            var page = await context.NewPageAsync();
            await SignIn.As(page, world.Morag.Email);
            await page.GotoAsync($"/boards/{world.BoardId}");
            if (javaScript) await Assertions.Expect(page.Locator("#board.app-board--live")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#board .app-board-status")).ToContainTextAsync($"You have used 0 of your 3 votes. It closes at {uk}.");
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task BoardHelp_SaysWhatThePageOffers_WithAndWithoutJavaScript()
    {
        var world = await BoardWorld.Create(fixture);
        await world.Card(world.Morag, "Families repeat their story");

        var plain = await Journey.SignedIn(fixture, world.Morag.Email, javaScript: false);
        await plain.GotoAsync($"/boards/{world.BoardId}");
        var help = plain.Locator("#board-help");
        await Assertions.Expect(help).ToHaveTextAsync("Each card has a link to its own page, where you can move it or comment on it, and change or delete it if it is yours. Reload this page to see other people's changes.");
        await Assertions.Expect(plain.GetByRole(AriaRole.Link, new() { Name = "Move, comment on, change or delete card: Families repeat their story", Exact = true })).ToBeVisibleAsync();
        await plain.Context.CloseAsync();

        var live = await world.Open(fixture, world.Morag);
        const string dragging = "Everything here updates by itself as people work. Drag a card to move it, or use the arrow keys on its Move button (or Alt and the arrow keys anywhere on the card): left and right between lanes, up and down within a lane.";
        await Assertions.Expect(live.Locator("#board-help")).ToHaveTextAsync(dragging);
        await Assertions.Expect(live.GetByRole(AriaRole.Button, new() { Name = "Move card: Families repeat their story", Exact = true })).ToHaveAccessibleDescriptionAsync(dragging);
        await live.Context.CloseAsync();
    }

    [Fact]
    public async Task FacilitatorControls_HaveExactlyTheirNames_WithAndWithoutJavaScript()
    {
        var world = await BoardWorld.Create(fixture);
        await world.Card(world.Lewis, "Waiting lists hide need");
        foreach (var javaScript in new[] { true, false })
        {
            var page = javaScript ? await world.Open(fixture, world.Lewis) : await Journey.SignedIn(fixture, world.Lewis.Email, javaScript: false);
            if (!javaScript) await page.GotoAsync($"/boards/{world.BoardId}");
            await page.GetByText("Facilitator controls", new() { Exact = true }).ClickAsync();
            var panel = page.Locator("#facilitator");
            foreach (var (role, name) in new[]
            {
                (AriaRole.Button, "Lock the board"), (AriaRole.Button, "Start private writing"), (AriaRole.Button, "Open vote"),
                (AriaRole.Button, "Start the timer"), (AriaRole.Button, "Move everyone"), (AriaRole.Button, "Add lane"),
                (AriaRole.Button, "Add the template's lanes"), (AriaRole.Button, "Rename lane: What we notice"),
                (AriaRole.Button, "Rename lane: What we'll try"), (AriaRole.Button, "Remove empty lane 'What we'll try'"),
                (AriaRole.Spinbutton, "Votes per person"), (AriaRole.Spinbutton, "Close by itself after this many minutes (optional)"),
                (AriaRole.Spinbutton, "Timer, in minutes"), (AriaRole.Combobox, "Bring everyone to a lane"),
                (AriaRole.Combobox, "Add a template's lanes"), (AriaRole.Textbox, "New lane"), (AriaRole.Textbox, "Rename 'What we notice'"),
            })
                await Assertions.Expect(panel.GetByRole(role, new() { Name = name, Exact = true })).ToBeVisibleAsync();
            // Only an empty lane offers to be removed.
            await Assertions.Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Remove empty lane 'What we notice'" })).ToHaveCountAsync(0);
            var start = panel.GetByRole(AriaRole.Button, new() { Name = "Start private writing", Exact = true });
            await Assertions.Expect(start).ToHaveAccessibleDescriptionAsync("New cards are seen only by their authors until you reveal them.");

            await start.ClickAsync();
            if (!javaScript) await page.GetByText("Facilitator controls", new() { Exact = true }).ClickAsync();
            await Assertions.Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Reveal everyone's cards", Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(panel.GetByRole(AriaRole.Checkbox, new() { Name = "Reveal without names", Exact = true })).ToBeVisibleAsync();
            await panel.GetByRole(AriaRole.Button, new() { Name = "Reveal everyone's cards", Exact = true }).ClickAsync();
            if (!javaScript) await page.GetByText("Facilitator controls", new() { Exact = true }).ClickAsync();
            await Assertions.Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Start private writing", Exact = true })).ToBeVisibleAsync();
            await page.Context.CloseAsync();
        }
    }

    /// <summary>
    /// On a tablet the third lane wraps below the first two, so each page of the first lane's cards lands
    /// above it (10,005 cards; the second lane short, so the first sets the row's height): a card's editor
    /// there stays where it is on the screen, and a Save pressed as a page arrives is saved.
    /// </summary>
    [Fact]
    public async Task SavePressedAsMoreCardsArriveAbove_StaysUnderThePointer_AndSaves()
    {
        var created = await BoardWorld.Create(fixture);
        var (boardId, lanes) = BoardSeed.Write(fixture.Server.Services, fixture.Server.DataPath, created.GroupId,
            new Contracts.Boards.BoardPerson("seeded-person", "Seeded"), 5_000, 5, 5_000);
        var world = created with { BoardId = boardId, FirstLaneId = lanes[0] };
        var lewis = await world.Open(fixture, world.Lewis, 768, 1024);
        var notice = BoardWorld.Lane(lewis, 0).Locator("li.app-card");
        var card = lewis.Locator("#card-c2x0");
        await card.GetByRole(AriaRole.Button, new() { Name = "Edit card: Card 1 in What we're learning: what peop…", Exact = true }).ClickAsync();
        var editor = card.GetByLabel("Card text");
        await editor.FillAsync("Reworded as more cards arrived");

        // Scrolled up to the end of the first lane's cards (which loads its next page, above the editor, if not yet loaded).
        var save = card.GetByRole(AriaRole.Button, new() { Name = "Save card: Card 1 in What we're learning: what peop…", Exact = true });
        await lewis.EvaluateAsync("() => scrollBy(0, document.querySelector('#card-c2x0 .app-card__editor button[type=submit]').getBoundingClientRect().bottom - innerHeight + 10)");
        await Assertions.Expect(notice.Last).ToBeInViewportAsync();
        await Assertions.Expect(editor).ToBeInViewportAsync();
        await Assertions.Expect(save).ToBeInViewportAsync();

        // Save pressed with the mouse; the next page arrives before it is let go.
        var box = (await save.BoundingBoxAsync())!;
        await lewis.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        await lewis.Mouse.DownAsync();
        var shown = await notice.CountAsync();
        await BoardWorld.Lane(lewis, 0).Locator(".app-lane__more button").DispatchEventAsync("click");
        await Assertions.Expect(notice).Not.ToHaveCountAsync(shown);
        await Assertions.Expect(lewis.Locator("#board-announce")).ToHaveTextAsync(new Regex(@"^Showing 1\d\d of 5,000 cards in "));
        await lewis.Mouse.UpAsync();

        await Assertions.Expect(card.Locator(".app-card__text")).ToHaveTextAsync("Reworded as more cards arrived");
        var saved = await world.Api.Call(world.Lewis.Token, "query($id: ID!) { board(id: $id, cardsPerLane: 1) { lanes { cards { id text } } } }", new { id = boardId });
        Assert.Equal("Reworded as more cards arrived", saved["board"]!["lanes"]![2]!["cards"]![0]!["text"]!.GetValue<string>());
        await lewis.Context.CloseAsync();
    }
}
