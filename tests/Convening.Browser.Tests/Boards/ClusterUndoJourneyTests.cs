using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Convening.Browser.Tests.Boards;

/// <summary>Clusters, undo of one's own last change, the facilitator's controls, and a card made evidence, live between two browsers.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ClusterUndoJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ClusterUndoAndFacilitatorControls_ReachTheOtherBrowserLive_WithoutReloading()
    {
        var world = await BoardWorld.Create(fixture);
        var cardId = await world.Card(world.Morag, "Long waits for a first appointment");
        var principle = await PublishedPrinciple(world, "Tell it once");
        var lewis = await world.Open(fixture, world.Lewis);
        var morag = await world.Open(fixture, world.Morag);
        // Marks both pages: a reload would lose the mark.
        foreach (var page in new[] { lewis, morag })
            await page.EvaluateAsync("() => { window.stillHere = true; }");

        // Morag names a cluster and puts her card in it; Lewis sees both.
        await morag.Locator("#clusters summary").ClickAsync();
        await lewis.Locator("#clusters summary").ClickAsync();
        await morag.GetByLabel("New cluster").FillAsync("Waiting times");
        await morag.GetByRole(AriaRole.Button, new() { Name = "Add cluster", Exact = true }).ClickAsync();
        await Assertions.Expect(lewis.Locator("#clusters")).ToContainTextAsync("Waiting times (0 cards)");
        var card = morag.Locator($"#card-{cardId}");
        await card.GetByRole(AriaRole.Button, new() { Name = "Cluster of card: Long waits for a first appointment" }).ClickAsync();
        await card.GetByLabel("Cluster for card: Long waits for a first appointment").SelectOptionAsync(new SelectOptionValue { Label = "Waiting times" });
        await card.GetByRole(AriaRole.Button, new() { Name = "Save the cluster for card: Long waits for a first appointment" }).ClickAsync();
        await Assertions.Expect(morag.Locator("#board-announce")).ToHaveTextAsync("Put in cluster: Waiting times");
        await Assertions.Expect(lewis.Locator($"#card-{cardId} .app-card__cluster")).ToHaveTextAsync("In cluster: Waiting times");
        await Assertions.Expect(lewis.Locator("#clusters")).ToContainTextAsync("Waiting times (1 card)");

        // Her undo takes the card out of the cluster again, for everyone.
        await morag.GetByRole(AriaRole.Button, new() { Name = "Undo my last change" }).ClickAsync();
        await Assertions.Expect(morag.Locator("#board-announce")).ToHaveTextAsync("Your last change has been undone.");
        await Assertions.Expect(lewis.Locator($"#card-{cardId} .app-card__cluster")).ToBeHiddenAsync();
        await Assertions.Expect(lewis.Locator("#clusters")).ToContainTextAsync("Waiting times (0 cards)");

        // After someone else changes her card, her next undo is refused, and says why.
        await card.GetByRole(AriaRole.Button, new() { Name = "Edit card: Long waits for a first appointment" }).ClickAsync();
        await card.GetByLabel("Card text").FillAsync("Long waits for a first appointment, often months");
        await card.GetByRole(AriaRole.Button, new() { Name = "Save card: Long waits for a first appointment" }).ClickAsync();
        await world.Change(world.Lewis, new { boardId = world.BoardId, action = "MOVE_CARD", cardId, laneId = world.FirstLaneId, position = 0 });
        await morag.GetByRole(AriaRole.Button, new() { Name = "Undo my last change" }).ClickAsync();
        await Assertions.Expect(morag.Locator("#board-announce")).ToContainTextAsync("Not undone: Someone else has changed that card since");
        await Assertions.Expect(lewis.Locator($"#card-{cardId}")).ToContainTextAsync("often months");

        // The facilitator's controls act live: the board locks for Morag, then private writing starts and is revealed.
        await lewis.Locator("#facilitator summary").ClickAsync();
        await lewis.GetByRole(AriaRole.Button, new() { Name = "Lock the board" }).ClickAsync();
        await Assertions.Expect(morag.Locator("#board-status")).ToContainTextAsync("Locked");
        await Assertions.Expect(morag.GetByRole(AriaRole.Button, new() { Name = "Undo my last change" })).ToBeHiddenAsync();
        await lewis.GetByRole(AriaRole.Button, new() { Name = "Unlock the board" }).ClickAsync();
        await Assertions.Expect(morag.Locator("#board-status")).Not.ToContainTextAsync("Locked");
        await lewis.GetByRole(AriaRole.Button, new() { Name = "Start private writing" }).ClickAsync();
        await Assertions.Expect(morag.Locator("#board-status")).ToContainTextAsync("Private writing");
        await Assertions.Expect(lewis.GetByRole(AriaRole.Button, new() { Name = "Reveal everyone's cards" })).ToBeVisibleAsync();
        await Axe.AssertNoViolations(lewis);
        await Axe.AssertNoViolations(morag);
        await lewis.GetByRole(AriaRole.Button, new() { Name = "Reveal everyone's cards" }).ClickAsync();
        await Assertions.Expect(morag.Locator("#board-status")).Not.ToContainTextAsync("Private writing");
        await Assertions.Expect(lewis.GetByRole(AriaRole.Button, new() { Name = "Start private writing" })).ToBeVisibleAsync();

        // Lanes change live: Lewis adds one and renames it, then adds a retrospective's lanes; Morag's board follows.
        await lewis.GetByLabel("New lane").FillAsync("Questions");
        await lewis.GetByRole(AriaRole.Button, new() { Name = "Add lane" }).ClickAsync();
        await Assertions.Expect(BoardWorld.Lane(morag, 3).Locator(".app-lane__name")).ToHaveTextAsync("Questions");
        await lewis.GetByLabel("Rename 'Questions'").FillAsync("Questions we have");
        await lewis.GetByRole(AriaRole.Button, new() { Name = "Rename lane: Questions" }).ClickAsync();
        await Assertions.Expect(BoardWorld.Lane(morag, 3).Locator(".app-lane__name")).ToHaveTextAsync("Questions we have");
        // "Bring everyone to a lane" offers the lanes as they are now.
        var bringTo = lewis.GetByLabel("Bring everyone to a lane");
        await Assertions.Expect(bringTo.Locator("option", new() { HasTextRegex = new Regex("^Questions we have$") })).ToHaveCountAsync(1);
        await Assertions.Expect(bringTo.Locator("option", new() { HasTextRegex = new Regex("^Questions$") })).ToHaveCountAsync(0);
        await lewis.GetByLabel("Add a template's lanes").SelectOptionAsync("Retrospective");
        await lewis.GetByRole(AriaRole.Button, new() { Name = "Add the template's lanes" }).ClickAsync();
        await Assertions.Expect(morag.Locator("section.app-lane")).ToHaveCountAsync(8);
        await Assertions.Expect(BoardWorld.Lane(morag, 4).Locator(".app-lane__name")).ToHaveTextAsync("What went well");
        await Assertions.Expect(morag.Locator($"#card-{cardId}")).ToContainTextAsync("often months");
        await Axe.AssertNoViolations(lewis);

        // Lewis removes an empty lane while Morag is writing a card in it: her text stays, and she adds it to the first lane.
        Assert.True(await lewis.EvaluateAsync<bool>("() => window.stillHere === true && document.getElementById('facilitator').open"), "Lewis's page reloaded");
        await Assertions.Expect(lewis.Locator("#lane-controls")).ToContainTextAsync("Rename 'What puzzles us'");
        await morag.GetByLabel("Add a card to What puzzles us").FillAsync("Why do referrals bounce back?");
        // The button says which lane, read as one phrase (a visually hidden colon was read after a space).
        await lewis.Locator("#lane-controls form", new() { HasText = "Rename 'What puzzles us'" })
            .GetByRole(AriaRole.Button, new() { Name = "Remove empty lane 'What puzzles us'", Exact = true }).ClickAsync();
        await Assertions.Expect(lewis.Locator("section.app-lane")).ToHaveCountAsync(7);
        await Assertions.Expect(bringTo.Locator("option", new() { HasTextRegex = new Regex("^What puzzles us$") })).ToHaveCountAsync(0);
        await Assertions.Expect(bringTo.Locator("option", new() { HasTextRegex = new Regex("^What went well$") })).ToHaveCountAsync(1);
        var removed = morag.Locator("section.app-lane--removed");
        await Assertions.Expect(removed).ToContainTextAsync("This lane was removed. Your card is kept here: add it to What we notice");
        await Assertions.Expect(removed.Locator("textarea")).ToHaveValueAsync("Why do referrals bounce back?");
        await removed.GetByRole(AriaRole.Button, new() { Name = "Add card to What we notice" }).ClickAsync();
        await Assertions.Expect(BoardWorld.Lane(lewis, 0)).ToContainTextAsync("Why do referrals bounce back?");
        await Assertions.Expect(morag.Locator("section.app-lane")).ToHaveCountAsync(7);
        foreach (var page in new[] { lewis, morag })
            Assert.True(await page.EvaluateAsync<bool>("() => window.stillHere === true"), "The page reloaded");

        // Lewis, a steward of the place, makes Morag's card evidence for a principle in two clicks: the card's
        // link, then the form's button (the principle already chosen); Morag's card shows the link live.
        await lewis.Locator($"#card-{cardId}").GetByRole(AriaRole.Link, new() { Name = "Use as evidence (card: Long waits for a first appointment, ofte…)" }).ClickAsync();
        await Assertions.Expect(lewis.GetByLabel("Which principle is it evidence for?")).ToHaveValueAsync(principle);
        await Axe.AssertNoViolations(lewis);
        await BoardWorld.Screenshot(lewis, "board-become-evidence-1280");
        await lewis.GetByRole(AriaRole.Button, new() { Name = "Use it as evidence" }).ClickAsync();
        await Assertions.Expect(lewis.Locator($"#card-{cardId} .app-card__outcomes")).ToContainTextAsync("Evidence for: Tell it once");
        await Assertions.Expect(morag.Locator($"#card-{cardId} .app-card__outcomes")).ToContainTextAsync("Evidence for: Tell it once");
        Assert.True(await morag.EvaluateAsync<bool>("() => window.stillHere === true"), "Morag's page reloaded");
        // Undo does not take a promotion back (decision 0049): it says so, and Lewis's earlier move of the card stays.
        await lewis.GetByRole(AriaRole.Button, new() { Name = "Undo my last change" }).ClickAsync();
        await Assertions.Expect(lewis.Locator("#board-announce")).ToContainTextAsync("Not undone: Your last change made a card evidence for a principle");

        await BoardWorld.Screenshot(morag, "board-clusters-member-1280");
        await BoardWorld.Screenshot(lewis, "board-clusters-facilitator-1280");
        await morag.SetViewportSizeAsync(320, 640);
        await card.GetByRole(AriaRole.Button, new() { Name = "Cluster of card: Long waits for a first appointment, ofte…" }).ClickAsync();
        await Axe.AssertNoViolations(morag);
        Assert.True(await morag.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The board scrolls sideways at 320 px");
        await BoardWorld.Screenshot(morag, "board-clusters-member-320");
    }

    /// <summary>A principle of the board's place, published by its steward (Lewis); its id.</summary>
    private static async Task<string> PublishedPrinciple(BoardWorld world, string statement)
    {
        var slug = (await world.Api.Call(world.Lewis.Token, "query($id: ID!) { group(id: $id) { place { slug } } }", new { id = world.GroupId }))["group"]!["place"]!["slug"]!.GetValue<string>();
        var id = (await world.Api.Call(world.Lewis.Token, "mutation($i: DraftPrincipleInput!) { draftPrinciple(input: $i) { principle { id } } }",
            new { i = new { placeSlug = slug, statement } }))["draftPrinciple"]!["principle"]!["id"]!.GetValue<string>();
        await world.Api.Call(world.Lewis.Token, "mutation($i: PrincipleIdInput!) { publishPrinciple(input: $i) { principle { status } } }", new { i = new { id } });
        return id;
    }
}
