using System.Text.Json;
using Convening.Contracts.Boards;
using Convening.Testing.Boards;
using Microsoft.AspNetCore.SignalR;

namespace Convening.Web.Tests.Boards;

/// <summary>Losing access, and what a deleted card leaves behind: nothing more is received, nothing deleted is returned.</summary>
[Collection(WebCollection.Name)]
public sealed class BoardAccessTests(WebAppFixture app)
{
    [Fact]
    public async Task RemovedMember_ALiveConnectionOpenedBefore_StopsReceivingTheBoard_AtOnce()
    {
        var s = await BoardScenario.Create(app);
        await using var ann = await new BoardWatcher(app.Url, s.Convenor.Token).Connect();
        await using var ben = await new BoardWatcher(app.Url, s.Member.Token).Connect();
        await ann.Join(s.BoardId);
        await ben.Join(s.BoardId);
        var before = await ann.Do(s.BoardId, new AddCard(s.FirstLaneId, "Before Ben left"));
        await ben.Until(w => w.Changes.Any(c => c.Version == before), "the card added while Ben was a member");

        await RemoveMember(s, s.Member);
        var after = await ann.Do(s.BoardId, new AddCard(s.FirstLaneId, "After Ben left: not for him"));
        await ann.Until(w => w.Changes.Any(c => c.Version == after), "Ann's own card");

        await ben.Until(w => w.AccessEnded.Contains(s.BoardId), "being told the board has ended for him");
        Assert.DoesNotContain(ben.Changes, c => c.Version >= after);
        Assert.DoesNotContain(ben.Changes, c => c.Event is CardAdded { Text: "After Ben left: not for him" });
        var refused = await Assert.ThrowsAsync<HubException>(() => ben.Do(s.BoardId, new AddCard(s.FirstLaneId, "Still here?")));
        Assert.Contains("group.members-only", refused.Message);
        var rejoin = await Assert.ThrowsAsync<HubException>(() => ben.Join(s.BoardId, after));
        Assert.Contains("group.members-only", rejoin.Message);
    }

    [Fact]
    public async Task RemovedMember_IsNoLongerShownPresent_AndTheOthersKeepReceiving()
    {
        var s = await BoardScenario.Create(app);
        await using var ann = await new BoardWatcher(app.Url, s.Convenor.Token).Connect();
        await using var ben = await new BoardWatcher(app.Url, s.Member.Token).Connect();
        await ann.Join(s.BoardId);
        await ben.Join(s.BoardId);
        await ann.Until(w => w.PresenceUpdates.Any(p => p.Any(x => x.Id == s.Member.Id)), "Ben shown present");

        await RemoveMember(s, s.Member);

        await ann.Until(w => w.PresenceUpdates.Count > 0 && w.PresenceUpdates[^1].All(x => x.Id != s.Member.Id), "Ben no longer shown present");
        var version = await ann.Do(s.BoardId, new AddCard(s.SecondLaneId, "The board carries on"));
        await ann.Until(w => w.Changes.Any(c => c.Version == version), "the board still live for Ann");
    }

    [Fact]
    public async Task DeletedCard_TextIsReturnedToNoOne_ThroughCatchUpFromVersionOne_OrTheBoard()
    {
        var s = await BoardScenario.Create(app);
        await using var ben = await new BoardWatcher(app.Url, s.Member.Token).Connect();
        await ben.Join(s.BoardId);
        var secret = "Said in confidence " + Guid.NewGuid().ToString("N")[..8];
        var added = await ben.Do(s.BoardId, new AddCard(s.FirstLaneId, secret));
        var cardId = ((CardAdded)(await ben.Join(s.BoardId, added - 1)).Missed.Single(c => c.Version == added).Event).CardId;
        await ben.Do(s.BoardId, new EditCard(cardId, secret + " (edited)"));
        await ben.Do(s.BoardId, new AddComment(cardId, secret + " (comment)"));
        var deleted = await ben.Do(s.BoardId, new DeleteCard(cardId));

        await using var ann = await new BoardWatcher(app.Url, s.Convenor.Token).Connect();
        var caughtUp = await ann.Join(s.BoardId, 1);
        var fresh = await ann.Join(s.BoardId, 0);

        Assert.Contains(caughtUp.Missed, c => c.Version == deleted && c.Event is CardDeleted d && d.CardId == cardId);
        Assert.Contains(caughtUp.Missed, c => c.Event is CardAdded a && a.CardId == cardId);
        Assert.DoesNotContain(secret, JsonSerializer.Serialize(caughtUp.Missed), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, JsonSerializer.Serialize(fresh.Board), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneElsesCard_IsChangedOrDeletedOnlyByItsAuthorOrTheFacilitator_AndADeletionCanBeUndone()
    {
        var s = await BoardScenario.Create(app);
        var other = await new Scenario(app).Register("Other");
        await Scenario.Join(s.Convenor, s.GroupId, other);
        await using var ben = await new BoardWatcher(app.Url, s.Member.Token).Connect();
        await using var olu = await new BoardWatcher(app.Url, other.Token).Connect();
        await using var ann = await new BoardWatcher(app.Url, s.Convenor.Token).Connect();
        await ben.Join(s.BoardId);
        await olu.Join(s.BoardId);
        await ann.Join(s.BoardId);
        var added = await ben.Do(s.BoardId, new AddCard(s.FirstLaneId, "Ben's card"));
        var cardId = ((CardAdded)(await ben.Join(s.BoardId, added - 1)).Missed.Single(c => c.Version == added).Event).CardId;
        await ben.Do(s.BoardId, new AddComment(cardId, "A comment worth keeping"));

        var edit = await Assert.ThrowsAsync<HubException>(() => olu.Do(s.BoardId, new EditCard(cardId, "Olu was here")));
        var delete = await Assert.ThrowsAsync<HubException>(() => olu.Do(s.BoardId, new DeleteCard(cardId)));
        Assert.Contains("board.not-your-card", edit.Message);
        Assert.Contains("board.not-your-card", delete.Message);
        Assert.Equal("Ben's card", (await Card(s, cardId))?.Text);

        await ann.Do(s.BoardId, new DeleteCard(cardId));
        Assert.Null(await Card(s, cardId));
        var undo = await Assert.ThrowsAsync<HubException>(() => olu.Do(s.BoardId, new RestoreCard(cardId)));
        Assert.Contains("board.not-your-card", undo.Message);

        await ben.Do(s.BoardId, new RestoreCard(cardId));
        var back = await Card(s, cardId);
        Assert.Equal(("Ben's card", "A comment worth keeping"), (back?.Text, back?.Comments.Single().Text));
        var again = await Assert.ThrowsAsync<HubException>(() => ben.Do(s.BoardId, new RestoreCard(cardId)));
        Assert.Contains("board.nothing-to-restore", again.Message);
        await ben.Do(s.BoardId, new EditCard(cardId, "Ben changed his own card"));
        Assert.Equal("Ben changed his own card", (await Card(s, cardId))?.Text);
    }

    [Fact]
    public async Task CardPage_MovesAndDeletesACard_OffersUndo_WithoutJavaScript_AndShowsNothingToAnOutsider()
    {
        var s = await BoardScenario.Create(app);
        await using var ben = await new BoardWatcher(app.Url, s.Member.Token).Connect();
        await ben.Join(s.BoardId);
        var added = await ben.Do(s.BoardId, new AddCard(s.FirstLaneId, "Delete me, then think again"));
        var cardId = ((CardAdded)(await ben.Join(s.BoardId, added - 1)).Missed.Single(c => c.Version == added).Event).CardId;
        var browser = await Cycles.CookieBrowser.SignedIn(app, s.Member);

        // The board's list carries one link per card, named for the card, to the card's own page of forms (decision 0055).
        var board = await browser.Html($"/boards/{s.BoardId}");
        var link = $"/boards/{s.BoardId}/cards/{cardId}?lane={s.FirstLaneId}&amp;at=0";
        Assert.Contains($"href=\"{link}\">Move, comment on, change or delete<span class=\"govuk-visually-hidden\"> card: Delete me, then think again</span>", board, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"direction\"", board, StringComparison.Ordinal);
        var cardPage = await browser.Html(System.Net.WebUtility.HtmlDecode(link));
        Assert.Contains("Delete me, then think again", cardPage, StringComparison.Ordinal);
        Assert.Contains($"action=\"/boards/{s.BoardId}?handler=Move\"", cardPage, StringComparison.Ordinal);
        Assert.Contains("Save card", cardPage, StringComparison.Ordinal);
        var moved = await browser.Post($"/boards/{s.BoardId}?handler=Move", ("card", cardId), ("from", s.FirstLaneId), ("at", "0"), ("lane", s.SecondLaneId), ("direction", "lane"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Contains($"/cards/{cardId}?lane={s.SecondLaneId}&amp;at=0", await browser.Html($"/boards/{s.BoardId}"), StringComparison.Ordinal);
        var outsider = await (await Cycles.CookieBrowser.SignedIn(app, s.Outsider)).Get(System.Net.WebUtility.HtmlDecode(link));
        Assert.NotEqual(System.Net.HttpStatusCode.OK, outsider.StatusCode);
        Assert.DoesNotContain("Delete me", await outsider.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var deleted = await browser.Post($"/boards/{s.BoardId}?handler=Delete", ("card", cardId));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, deleted.StatusCode);
        var page = await browser.Html(deleted.Headers.Location!.OriginalString);
        Assert.Contains("Undo: bring the card back", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Delete me, then think again", page, StringComparison.Ordinal);

        var restored = await browser.Post($"/boards/{s.BoardId}?handler=Restore", ("card", cardId));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("Delete me, then think again", await browser.Html($"/boards/{s.BoardId}"), StringComparison.Ordinal);
    }

    private static async Task RemoveMember(BoardScenario s, Person who) =>
        (await s.Convenor.Api.Post("mutation($i: RemoveMemberInput!) { removeMember(input: $i) { group { id } } }",
            new { i = new { groupId = s.GroupId, personId = who.Id } })).ShouldSucceed();

    private static async Task<Card?> Card(BoardScenario s, string cardId)
    {
        await using var look = await new BoardWatcher(s.Convenor.App.Url, s.Convenor.Token).Connect();
        var board = (await look.Join(s.BoardId)).Board!;
        return board.Lanes.SelectMany(l => l.Cards).SingleOrDefault(c => c.Id == cardId);
    }
}
