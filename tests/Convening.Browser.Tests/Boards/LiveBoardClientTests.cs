using Convening.Testing.Boards;
using System.Text.RegularExpressions;
using Convening.Browser.Tests.Gatherings;
using Microsoft.Playwright;

namespace Convening.Browser.Tests.Boards;

/// <summary>The live board's client: cards in lanes, changes applied one by one, your own shown at once.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveBoardClientTests(BrowserFixture fixture)
{
    [Fact]
    public async Task CardDraggedInOneBrowser_MovesLiveInTheOthers()
    {
        var world = await BoardWorld.Create(fixture);
        await world.Card(world.Morag, "Families repeat their story to every service");
        var lewis = await world.Open(fixture, world.Lewis);
        var morag = await world.Open(fixture, world.Morag);
        var aisha = await world.Open(fixture, world.Aisha);

        var card = BoardWorld.Lane(morag, 0).Locator("li.app-card").First;
        await Drag(morag, card.Locator(".app-card__meta"), BoardWorld.Lane(morag, 1).Locator("ol.app-cards"));

        foreach (var page in new[] { lewis, aisha, morag })
        {
            await Assertions.Expect(BoardWorld.Lane(page, 1).Locator("li.app-card")).ToContainTextAsync("repeat their story");
            await Assertions.Expect(BoardWorld.Lane(page, 0).Locator("li.app-card")).ToHaveCountAsync(0);
        }
        await Assertions.Expect(morag.Locator("#board-announce")).ToHaveTextAsync("Moved to What we'll try, 1 of 1");
    }

    [Fact]
    public async Task TextBeingTyped_SurvivesOthersChanges_AndIsSavedInPlace()
    {
        var world = await BoardWorld.Create(fixture);
        var cardId = await world.Card(world.Morag, "One named worker");
        var lewis = await world.Open(fixture, world.Lewis);
        var morag = await world.Open(fixture, world.Morag);
        var card = morag.Locator($"#card-{cardId}");

        await card.GetByRole(AriaRole.Button, new() { Name = "Edit card: One named worker" }).ClickAsync();
        var editor = card.GetByLabel("Card text");
        await editor.FillAsync("One named worker who stays with the family");
        var newCard = morag.GetByLabel("Add a card to What we'll try");
        await newCard.FillAsync("Half-written idea");
        await editor.FocusAsync();

        // Meanwhile Lewis adds cards, comments on Morag's card, moves it and changes its text.
        await lewis.GetByLabel("Add a card to What we notice").FillAsync("Waiting lists hide need");
        await lewis.GetByRole(AriaRole.Button, new() { Name = "Add card to What we notice" }).ClickAsync();
        await world.Change(world.Lewis, new { boardId = world.BoardId, action = "MOVE_CARD", cardId, laneId = world.FirstLaneId, position = 5 });
        await world.Change(world.Lewis, new { boardId = world.BoardId, action = "EDIT_CARD", cardId, text = "Lewis's wording" });
        await Assertions.Expect(morag.Locator("section.app-lane").First).ToContainTextAsync("Waiting lists hide need");
        await Assertions.Expect(card.Locator(".app-card__notice")).ToContainTextAsync("Lewis Grant changed this card while you were editing it");

        await Assertions.Expect(editor).ToHaveValueAsync("One named worker who stays with the family");
        await Assertions.Expect(editor).ToBeFocusedAsync();
        await Assertions.Expect(newCard).ToHaveValueAsync("Half-written idea");

        await morag.Keyboard.TypeAsync(".");
        await card.GetByRole(AriaRole.Button, new() { Name = "Save card: Lewis's wording" }).ClickAsync();
        await Assertions.Expect(lewis.Locator($"#card-{cardId} .app-card__text")).ToHaveTextAsync("One named worker who stays with the family.");
        await Assertions.Expect(morag.Locator($"#card-{cardId} .app-card__text")).ToHaveTextAsync("One named worker who stays with the family.");
        Assert.Equal(1, await lewis.Locator("li.app-card", new() { HasText = "Waiting lists hide need" }).CountAsync());
    }

    [Fact]
    public async Task KeyboardOnly_AddsMovesAndComments_WithEachControlNamingItsCard()
    {
        var world = await BoardWorld.Create(fixture);
        await world.Card(world.Lewis, "Young people wait too long");
        var morag = await world.Open(fixture, world.Morag);
        var lewis = await world.Open(fixture, world.Lewis);

        var add = morag.GetByLabel("Add a card to What we notice");
        await add.FocusAsync();
        await morag.Keyboard.TypeAsync("Ask young people first");
        await morag.Keyboard.PressAsync("Tab");
        await morag.Keyboard.PressAsync("Enter");
        await Assertions.Expect(add).ToHaveValueAsync("");
        var mine = morag.Locator("li.app-card", new() { HasText = "Ask young people first" });
        await Assertions.Expect(mine.Locator(".app-card__meta")).ToHaveTextAsync("By you");

        var move = morag.GetByRole(AriaRole.Button, new() { Name = "Move card: Ask young people first" });
        await move.FocusAsync();
        await morag.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(morag.Locator("#board-announce")).ToHaveTextAsync("Moved to What we notice, 1 of 2");
        await morag.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(morag.Locator("#board-announce")).ToHaveTextAsync("Moved to What we'll try, 1 of 1");
        await Assertions.Expect(move).ToBeFocusedAsync();
        await Assertions.Expect(BoardWorld.Lane(lewis, 1).Locator("li.app-card")).ToContainTextAsync("Ask young people first");

        await morag.Keyboard.PressAsync("Tab");
        await Assertions.Expect(morag.GetByRole(AriaRole.Button, new() { Name = "Comments (0) on card: Ask young people first" })).ToBeFocusedAsync();
        await morag.Keyboard.PressAsync("Enter");
        await morag.GetByLabel("Your comment on card: Ask young people first").FillAsync("Through the youth forum");
        await morag.Keyboard.PressAsync("Tab");
        await morag.Keyboard.PressAsync("Enter");
        await Assertions.Expect(lewis.GetByRole(AriaRole.Button, new() { Name = "Comments (1) on card: Ask young people first" })).ToBeVisibleAsync();

        // Each card's buttons are told apart by the card they act on.
        Assert.Equal(1, await morag.GetByRole(AriaRole.Button, new() { Name = "Move card: Young people wait too long" }).CountAsync());
        Assert.Equal(0, await morag.GetByRole(AriaRole.Button, new() { Name = "Edit card: Young people wait too long" }).CountAsync());
    }

    [Fact]
    public async Task RefusedChange_IsRolledBack_WithAMessage()
    {
        var world = await BoardWorld.Create(fixture);
        var cardId = await world.Card(world.Morag, "A card about to go");
        var morag = await world.Open(fixture, world.Morag);
        var card = morag.Locator($"#card-{cardId}");
        await card.GetByRole(AriaRole.Button, new() { Name = "Edit card: A card about to go" }).ClickAsync();
        await card.GetByLabel("Card text").FillAsync(new string('x', 10_001));
        await card.GetByRole(AriaRole.Button, new() { Name = "Save card: A card about to go" }).ClickAsync();

        await Assertions.Expect(card.Locator(".app-card__error")).ToContainTextAsync("10000");
        await Assertions.Expect(card.Locator(".app-card__text")).ToHaveTextAsync("A card about to go");
        await Assertions.Expect(card.GetByLabel("Card text")).ToHaveValueAsync(new string('x', 10_001));
    }

    [Fact]
    public async Task LiveBoard_HasNoAxeViolations_At1280And320()
    {
        var world = await BoardWorld.Create(fixture);
        var cardId = await world.Card(world.Morag, "Young people are **passed between** services, [see the map](https://example.org/map)");
        await world.Card(world.Lewis, new string('A', 300) + " " + string.Join(" ", Enumerable.Repeat("a long card", 800)));
        await world.Card(world.Aisha, "Try a named worker", null);
        foreach (var (width, height) in new[] { (1280, 900), (320, 640) })
        {
            var lewis = await world.Open(fixture, world.Lewis, width, height);
            var morag = await world.Open(fixture, world.Morag, width, height);
            await morag.Locator($"#card-{cardId}").GetByRole(AriaRole.Button, new() { Name = "Comments (0) on card: Young people are passed between services" }).ClickAsync();
            await morag.Locator($"#card-{cardId}").GetByRole(AriaRole.Button, new() { Name = "Edit card: Young people are passed between services" }).ClickAsync();
            await morag.Locator($"#card-{cardId}").GetByLabel("Card text").FocusAsync();
            await Assertions.Expect(lewis.Locator("#presence")).ToContainTextAsync("Morag Innes (editing a card in What we notice)");
            await Axe.AssertNoViolations(morag);
            await Axe.AssertNoViolations(lewis);
            Assert.True(await morag.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"The board scrolls sideways at {width} px");
            await BoardWorld.Screenshot(morag, $"board-member-{width}");
            await BoardWorld.Screenshot(lewis, $"board-facilitator-{width}");
            await lewis.Context.CloseAsync();
            await morag.Context.CloseAsync();
            await CardPage_WithoutTheBoardsScripts_IsNamedAccessibleAndMoves(world, cardId, width, height, move: width == 320);
        }
    }

    /// <summary>
    /// The list the board's scripts replace (decision 0055), with every script held back (axe still runs
    /// through the browser's own channel): each card is one link named for it, to the card's page of forms.
    /// </summary>
    private async Task CardPage_WithoutTheBoardsScripts_IsNamedAccessibleAndMoves(BoardWorld world, string cardId, int width, int height, bool move)
    {
        var page = await Journey.SignedIn(fixture, world.Morag.Email);
        await page.SetViewportSizeAsync(width, height);
        await page.RouteAsync(new Regex(@"\.m?js(\?|$)"), route => route.AbortAsync());
        await page.GotoAsync($"/boards/{world.BoardId}");
        await BoardWorld.Screenshot(page, $"board-list-{width}");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"The board's list scrolls sideways at {width} px: " + await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(-3).map(e => e.tagName + '.' + [...e.classList].join('.') + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')"));
        await Axe.AssertNoViolations(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Move, comment on, change or delete card: Young people are passed between services" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^A card on "));
        await Assertions.Expect(page.Locator("#card-text")).ToContainTextAsync("passed between");
        await Axe.AssertNoViolations(page);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"The card's page scrolls sideways at {width} px");
        await BoardWorld.Screenshot(page, $"card-page-{width}");
        if (move)
        {
            await page.Locator($"#move-{cardId}").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.GetByRole(AriaRole.Button, new() { Name = "Move card to the chosen lane" }).ClickAsync();
            await Assertions.Expect(BoardWorld.Lane(page, 1).Locator($"#card-{cardId}")).ToBeVisibleAsync();
            await Assertions.Expect(BoardWorld.Lane(page, 0).Locator($"#card-{cardId}")).ToHaveCountAsync(0);
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BigBoard_OpensAPagePerLane_ShowsMoreOnAsking_AndKeepsCountsOfCardsNotLoaded()
    {
        var created = await BoardWorld.Create(fixture);
        var (boardId, lanes) = BoardSeed.Write(fixture.Server.Services, fixture.Server.DataPath, created.GroupId,
            new Contracts.Boards.BoardPerson("seeded-person", "Seeded"), 120, 3, 0);
        var world = created with { BoardId = boardId, FirstLaneId = lanes[0] };
        var morag = await world.Open(fixture, world.Morag);
        var lewis = await world.Open(fixture, world.Lewis, 320, 640);
        var notice = BoardWorld.Lane(morag, 0);
        await Assertions.Expect(notice.Locator("li.app-card")).ToHaveCountAsync(20);
        await Assertions.Expect(notice.Locator(".app-lane__count")).ToHaveTextAsync("(120)");

        // Lewis moves a card Morag has not loaded to the top of the next lane, and deletes another: her counts follow.
        await world.Change(world.Lewis, new { boardId, action = "MOVE_CARD", cardId = "c0x100", laneId = lanes[1], position = 0 });
        await world.Change(world.Lewis, new { boardId, action = "DELETE_CARD", cardId = "c0x110" });
        await Assertions.Expect(BoardWorld.Lane(morag, 1).Locator("li.app-card").First).ToContainTextAsync("Card 101 in What we notice");
        await Assertions.Expect(notice.Locator(".app-lane__count")).ToHaveTextAsync("(118)");
        await Assertions.Expect(notice.Locator("li.app-card")).ToHaveCountAsync(20);

        // Asked by keyboard: focus scrolls the button into view, and only the press brings the next page.
        var more = morag.GetByRole(AriaRole.Button, new() { Name = "Show 50 more in What we notice" });
        await more.FocusAsync();
        await Assertions.Expect(more).ToBeInViewportAsync();
        await morag.Keyboard.PressAsync("Enter");
        await Assertions.Expect(notice.Locator("li.app-card")).ToHaveCountAsync(70);
        await Assertions.Expect(morag.Locator("#board-announce")).ToHaveTextAsync("Showing 70 of 118 cards in What we notice");
        await Assertions.Expect(notice.GetByRole(AriaRole.Button, new() { Name = "Show 48 more in What we notice" })).ToBeVisibleAsync();

        // A loaded card moved into the lane Lewis has loaded only in part lands among his loaded cards.
        var move = morag.GetByRole(AriaRole.Button, new() { Name = "Move card: Card 1 in What we'll try:" });
        await move.FocusAsync();
        await morag.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(morag.Locator("#board-announce")).ToHaveTextAsync("Moved to What we notice, 71 of 119");
        await Assertions.Expect(BoardWorld.Lane(lewis, 0).Locator(".app-lane__count")).ToHaveTextAsync("(119)");
        await Assertions.Expect(BoardWorld.Lane(lewis, 0).Locator("li.app-card")).ToHaveCountAsync(20);
        await Assertions.Expect(BoardWorld.Lane(morag, 0).Locator("li.app-card").Nth(70)).ToContainTextAsync("Card 1 in What we'll try");

        // Lewis is editing a card that Aisha moves past the cards he has loaded: his editor and text stay, and his save lands.
        var held = lewis.Locator("#card-c0x2");
        await held.GetByRole(AriaRole.Button, new() { Name = "Edit card: Card 3 in What we notice" }).ClickAsync();
        var editing = held.GetByLabel("Card text");
        await editing.FillAsync("Card 3, reworded while it moved");
        await world.Change(world.Aisha, new { boardId, action = "MOVE_CARD", cardId = "c0x2", laneId = lanes[0], position = 100 });
        await Assertions.Expect(held.Locator(".app-card__notice")).ToContainTextAsync("Aisha Khan moved this card further down What we notice, past the cards shown");
        await Assertions.Expect(editing).ToHaveValueAsync("Card 3, reworded while it moved");
        await Assertions.Expect(editing).ToBeFocusedAsync();
        // By keyboard, from the text box: colour, then Save.
        await lewis.Keyboard.PressAsync("Tab");
        await lewis.Keyboard.PressAsync("Tab");
        await Assertions.Expect(held.GetByRole(AriaRole.Button, new() { Name = "Save card: Card 3 in What we notice" })).ToBeFocusedAsync();
        await lewis.Keyboard.PressAsync("Enter");
        await Assertions.Expect(held).ToHaveCountAsync(0);
        var saved = await world.Api.Call(world.Lewis.Token, "query($id: ID!) { board(id: $id, cardsPerLane: 200) { lanes { cards { id text } } } }", new { id = boardId });
        Assert.Contains(saved["board"]!["lanes"]![0]!["cards"]!.AsArray(), c => c!["id"]!.GetValue<string>() == "c0x2" && c["text"]!.GetValue<string>() == "Card 3, reworded while it moved");

        // Scrolling to the end of the cards shown brings the rest, with no button pressed.
        await BoardWorld.Lane(morag, 0).Locator(".app-lane__more").ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(BoardWorld.Lane(morag, 0).Locator("li.app-card")).ToHaveCountAsync(119);
        await Assertions.Expect(BoardWorld.Lane(morag, 0).Locator("[data-action=more-cards]")).ToBeHiddenAsync();

        await Axe.AssertNoViolations(morag);
        await Axe.AssertNoViolations(lewis);
        Assert.True(await lewis.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The paged board scrolls sideways at 320 px");
        await BoardWorld.Screenshot(morag, "board-paged-1280");
        await BoardWorld.Screenshot(lewis, "board-paged-320");
        if (Environment.GetEnvironmentVariable("BOARD_SCREENSHOTS") is { Length: > 0 })
            foreach (var width in new[] { 1280, 320 })
            {
                var plain = await Gatherings.Journey.SignedIn(fixture, world.Aisha.Email, javaScript: false);
                await plain.SetViewportSizeAsync(width, 800);
                await plain.GotoAsync($"/boards/{boardId}");
                await BoardWorld.Screenshot(plain, $"board-paged-nojs-{width}");
                await plain.Context.CloseAsync();
            }
        await morag.Context.CloseAsync();
        await lewis.Context.CloseAsync();
    }

    [Fact]
    public async Task FollowMode_BringsEveryoneToALane_UntilTheyStepAway()
    {
        var world = await BoardWorld.Create(fixture);
        var lanes = (await world.Api.Call(world.Lewis.Token, "query($id: ID!) { board(id: $id) { lanes { id } } }", new { id = world.BoardId }))["board"]!["lanes"]!.AsArray();
        var last = lanes[2]!["id"]!.GetValue<string>();
        var lastCard = await world.Card(world.Aisha, "What we learnt from the pilot", last);
        for (var i = 0; i < 4; i++)
            await world.Card(world.Lewis, $"Something we noticed {i}");
        var lewis = await world.Open(fixture, world.Lewis);
        var morag = await world.Open(fixture, world.Morag, 320, 640);
        var aisha = await world.Open(fixture, world.Aisha, 320, 640);
        await Assertions.Expect(morag.Locator($"#lane-{last}")).Not.ToBeInViewportAsync();

        await lewis.Locator($"#card-{lastCard}").GetByRole(AriaRole.Button, new() { Name = "Bring everyone here to card: What we learnt from the pilot" }).ClickAsync();
        await Assertions.Expect(morag.Locator($"#card-{lastCard}")).ToBeInViewportAsync();
        await Assertions.Expect(aisha.Locator($"#card-{lastCard}")).ToBeInViewportAsync();
        await Assertions.Expect(morag.Locator("#board-follow")).ToContainTextAsync("Following the facilitator to a card in What we're learning");
        // The card brought to stays marked for them while it changes (a comment redraws its details).
        await Assertions.Expect(morag.Locator($"#card-{lastCard}")).ToHaveClassAsync(new Regex(@"\bapp-card--focus\b"));
        await world.Change(world.Aisha, new { boardId = world.BoardId, action = "ADD_COMMENT", cardId = lastCard, text = "We should ask the pilot families too" });
        await Assertions.Expect(morag.Locator($"#card-{lastCard}")).ToContainTextAsync("1 comment");
        await Assertions.Expect(morag.Locator($"#card-{lastCard}")).ToHaveClassAsync(new Regex(@"\bapp-card--focus\b"));

        // Aisha steps away; the next "bring everyone here" moves Morag but not her.
        await aisha.GetByRole(AriaRole.Button, new() { Name = "Stop following" }).ClickAsync();
        await aisha.Locator($"#card-{lastCard}").ScrollIntoViewIfNeededAsync();
        await lewis.GetByRole(AriaRole.Button, new() { Name = "Bring everyone here to lane: What we notice" }).ClickAsync();
        await Assertions.Expect(morag.Locator("#board-follow")).ToContainTextAsync("Following the facilitator to What we notice");
        await Assertions.Expect(morag.Locator($"#lane-{world.FirstLaneId} h2")).ToBeInViewportAsync();
        await Assertions.Expect(aisha.Locator("#board-follow")).ToContainTextAsync("You have stepped away");
        await Assertions.Expect(aisha.Locator($"#card-{lastCard}")).ToBeInViewportAsync();
        await Assertions.Expect(aisha.Locator($"#lane-{world.FirstLaneId} h2")).Not.ToBeInViewportAsync();
    }

    [Fact]
    public async Task LockAndTimer_ReachEveryoneLive_AndTheTimersEndIsShown()
    {
        var world = await BoardWorld.Create(fixture);
        await world.Card(world.Lewis, "Locked in place");
        var morag = await world.Open(fixture, world.Morag);
        var move = morag.GetByRole(AriaRole.Button, new() { Name = "Move card: Locked in place" });
        await Assertions.Expect(move).ToBeVisibleAsync();

        await world.Change(world.Lewis, new { boardId = world.BoardId, action = "LOCK" });
        await Assertions.Expect(morag.Locator("#board-status")).ToContainTextAsync("Locked");
        await Assertions.Expect(move).ToBeHiddenAsync();
        await Assertions.Expect(morag.GetByLabel("Add a card to What we notice")).ToBeHiddenAsync();
        await world.Change(world.Lewis, new { boardId = world.BoardId, action = "UNLOCK" });
        await Assertions.Expect(move).ToBeVisibleAsync();

        await world.Change(world.Lewis, new { boardId = world.BoardId, action = "START_TIMER", seconds = 2 });
        await Assertions.Expect(morag.Locator(".app-timer.app-timer--up")).ToHaveTextAsync("Timer: time is up");
    }

    /// <summary>Drags with the mouse as a person would: press, move in steps, release over the target.</summary>
    private static async Task Drag(IPage page, ILocator from, ILocator to)
    {
        var a = (await from.BoundingBoxAsync())!;
        var b = (await to.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(a.X + a.Width / 2, a.Y + a.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(a.X + a.Width / 2 + 10, a.Y + a.Height / 2 + 10, new() { Steps = 5 });
        await page.Mouse.MoveAsync(b.X + b.Width / 2, b.Y + 10, new() { Steps = 15 });
        await page.Mouse.MoveAsync(b.X + b.Width / 2, b.Y + 12, new() { Steps = 2 });
        await page.Mouse.UpAsync();
    }
}
