using Convening.Testing.Boards;
using Microsoft.Playwright;

namespace Convening.Browser.Tests.Boards;

/// <summary>
/// A card's comments and editor are made the first time they are opened (decision 0059): on a card
/// drawn live after the page opened they open named for it, follow its changes, keep what is being
/// typed, and a half-written comment keeps the card on the page as an open editor does.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CardPartsOnFirstUseTests(BrowserFixture fixture)
{
    [Fact]
    public async Task CommentsAndEditorOfACardDrawnLive_OpenNamedForIt_AndKeepWhatIsTyped()
    {
        var created = await BoardWorld.Create(fixture);
        var (boardId, lanes) = BoardSeed.Write(fixture.Server.Services, fixture.Server.DataPath, created.GroupId,
            new Contracts.Boards.BoardPerson("seeded-person", "Seeded"), 120, 0, 0);
        var world = created with { BoardId = boardId, FirstLaneId = lanes[0] };
        var morag = await world.Open(fixture, world.Morag);
        await Assertions.Expect(BoardWorld.Lane(morag, 0).Locator("li.app-card")).ToHaveCountAsync(20);

        // Lewis adds a card after Morag's page has opened: it is drawn live, and she opens its comments.
        var cardId = await world.Card(world.Lewis, "Ask the families first", lanes[1]);
        var card = morag.Locator($"#card-{cardId}");
        var comments = card.GetByRole(AriaRole.Button, new() { Name = "Comments (0) on card: Ask the families first" });
        await Assertions.Expect(comments).ToHaveAttributeAsync("aria-expanded", "false");
        await comments.ClickAsync();
        await Assertions.Expect(comments).ToHaveAttributeAsync("aria-expanded", "true");
        var panel = morag.Locator("#" + await comments.GetAttributeAsync("aria-controls"));
        await Assertions.Expect(panel).ToBeVisibleAsync();
        var writing = panel.GetByLabel("Your comment on card: Ask the families first");
        await writing.FillAsync("Half a comment");

        // Lewis comments on it and rewords it: the comment and the new name show, and her words and focus stay.
        await world.Change(world.Lewis, new { boardId, action = "ADD_COMMENT", cardId, text = "Through the schools" });
        await Assertions.Expect(panel.Locator("li")).ToHaveTextAsync("Lewis Grant: Through the schools");
        await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = "Comments (1) on card: Ask the families first" })).ToBeVisibleAsync();
        await world.Change(world.Lewis, new { boardId, action = "EDIT_CARD", cardId, text = "Ask the families first, at home" });
        writing = panel.GetByLabel("Your comment on card: Ask the families first, at home");
        await Assertions.Expect(writing).ToHaveValueAsync("Half a comment");
        await Assertions.Expect(writing).ToBeFocusedAsync();

        // Lewis moves it past the cards Morag has loaded: her half-written comment keeps it here until she sends it.
        await world.Change(world.Lewis, new { boardId, action = "MOVE_CARD", cardId, laneId = lanes[0], position = 100 });
        await Assertions.Expect(BoardWorld.Lane(morag, 0).Locator("li.app-card")).ToHaveCountAsync(21);
        await Assertions.Expect(BoardWorld.Lane(morag, 1).Locator("li.app-card")).ToHaveCountAsync(0);
        await Assertions.Expect(writing).ToHaveValueAsync("Half a comment");
        await Axe.AssertNoViolations(morag);

        // Her own card, drawn live once saved: its editor opens with its text and colour, hears of Lewis's change, and saves.
        await morag.GetByLabel("Add a card to What we'll try").FillAsync("A named worker");
        await morag.GetByRole(AriaRole.Button, new() { Name = "Add card to What we'll try" }).ClickAsync();
        var mine = BoardWorld.Lane(morag, 1).Locator("li.app-card:not(.app-card--pending)", new() { HasText = "A named worker" });
        await Assertions.Expect(mine).ToHaveCountAsync(1);
        var mineId = await mine.GetAttributeAsync("data-card-id");
        var edit = morag.Locator($"#card-{mineId} [data-action=edit]");
        await Assertions.Expect(edit).ToHaveAttributeAsync("aria-expanded", "false");
        await morag.Locator($"#card-{mineId}").GetByRole(AriaRole.Button, new() { Name = "Edit card: A named worker" }).ClickAsync();
        await Assertions.Expect(edit).ToHaveAttributeAsync("aria-expanded", "true");
        var editor = morag.Locator("#" + await edit.GetAttributeAsync("aria-controls"));
        await Assertions.Expect(editor.GetByLabel("Card text")).ToHaveValueAsync("A named worker");
        await Assertions.Expect(editor.GetByLabel("Colour")).ToHaveValueAsync("yellow");
        await editor.GetByLabel("Card text").FillAsync("A named worker for each family");
        await world.Change(world.Lewis, new { boardId, action = "EDIT_CARD", cardId = mineId, text = "A named worker (Lewis)" });
        await Assertions.Expect(editor.Locator(".app-card__notice")).ToContainTextAsync("Lewis Grant changed this card while you were editing it");
        await Assertions.Expect(editor.GetByLabel("Card text")).ToHaveValueAsync("A named worker for each family");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save card: A named worker Lewis" }).ClickAsync();
        await Assertions.Expect(editor).ToBeHiddenAsync();
        await Assertions.Expect(edit).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(morag.Locator($"#card-{mineId} .app-card__text")).ToHaveTextAsync("A named worker for each family");
        await morag.Context.CloseAsync();
    }
}
