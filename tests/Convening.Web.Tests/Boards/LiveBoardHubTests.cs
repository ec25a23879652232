using Convening.Contracts.Boards;
using Convening.Testing.Boards;
using Microsoft.AspNetCore.SignalR;

namespace Convening.Web.Tests.Boards;

/// <summary>What the live board's client relies on: catch-up of just a gap, presence with activity, own changes told back to their maker.</summary>
[Collection(WebCollection.Name)]
public sealed class LiveBoardHubTests(WebAppFixture app)
{
    [Fact]
    public async Task Since_ReturnsExactlyTheChangesAfterAVersion()
    {
        var s = await BoardScenario.Create(app);
        await using var ann = await new BoardWatcher(app.Url, s.Convenor.Token).Connect();
        var seen = (await ann.Join(s.BoardId)).Version;
        var first = await ann.Do(s.BoardId, new AddCard(s.FirstLaneId, "One"));
        var second = await ann.Do(s.BoardId, new AddCard(s.FirstLaneId, "Two"));

        var missed = await ann.Since(s.BoardId, seen);
        Assert.Equal([first, second], missed.Select(c => c.Version));
        Assert.Equal([second], (await ann.Since(s.BoardId, first)).Select(c => c.Version));
    }

    [Fact]
    public async Task Since_WithoutJoining_OrByAnOutsider_IsRefused()
    {
        var s = await BoardScenario.Create(app);
        await using var member = await new BoardWatcher(app.Url, s.Member.Token).Connect();
        var notJoined = await Assert.ThrowsAsync<HubException>(() => member.Since(s.BoardId, 0));
        Assert.Contains("board.not-joined", notJoined.Message);
        await using var outsider = await new BoardWatcher(app.Url, s.Outsider.Token).Connect();
        await Assert.ThrowsAsync<HubException>(() => outsider.Join(s.BoardId));
        var refused = await Assert.ThrowsAsync<HubException>(() => outsider.Since(s.BoardId, 0));
        Assert.Contains("board.not-joined", refused.Message);
    }

    [Fact]
    public async Task Working_TellsTheOthersWhatSomeoneIsDoing_AndWhere()
    {
        var s = await BoardScenario.Create(app);
        await using var ann = await new BoardWatcher(app.Url, s.Convenor.Token).Connect();
        await using var ben = await new BoardWatcher(app.Url, s.Member.Token).Connect();
        await ann.Join(s.BoardId);
        await ben.Join(s.BoardId);
        var version = await ben.Do(s.BoardId, new AddCard(s.FirstLaneId, "Ben's card"));
        await ben.Until(w => w.Changes.Any(c => c.Version == version), "his card");
        var cardId = ((CardAdded)ben.Changes.Single(c => c.Version == version).Event).CardId;

        await ben.Working(s.BoardId, s.FirstLaneId, cardId, "editing");
        await ann.Until(w => w.PresenceUpdates.Any(p => p.Any(x => x.Id == s.Member.Id && x is { Activity: "editing" } && x.CardId == cardId && x.LaneId == s.FirstLaneId)), "Ben editing his card");

        await ben.Working(s.BoardId, s.FirstLaneId, null, "juggling");
        await ben.Working(s.BoardId, s.SecondLaneId, null, "writing");
        await ann.Until(w => w.PresenceUpdates[^1].Any(x => x.Id == s.Member.Id && x is { Activity: "writing" } && x.LaneId == s.SecondLaneId), "Ben writing in the second lane");
        Assert.DoesNotContain(ann.PresenceUpdates, p => p.Any(x => x.Activity == "juggling"));
    }

    [Fact]
    public async Task OwnChange_ComesBackWithItsRequestId_AndOwnVote_ToTheVoterOnly()
    {
        var s = await BoardScenario.Create(app);
        await using var ann = await new BoardWatcher(app.Url, s.Convenor.Token).Connect();
        await using var ben = await new BoardWatcher(app.Url, s.Member.Token).Connect();
        await ann.Join(s.BoardId);
        await ben.Join(s.BoardId);
        var added = await ben.Do(s.BoardId, new AddCard(s.FirstLaneId, "Vote for me") { RequestId = "ben-request-1" });
        await ben.Until(w => w.Changes.Any(c => c.Version == added), "his card");
        await ann.Until(w => w.Changes.Any(c => c.Version == added), "Ben's card");
        Assert.Equal("ben-request-1", ben.Changes.Single(c => c.Version == added).RequestId);
        Assert.Null(ann.Changes.Single(c => c.Version == added).RequestId);

        var cardId = ((CardAdded)ben.Changes.Single(c => c.Version == added).Event).CardId;
        await ann.Do(s.BoardId, new OpenVote(2));
        var voted = await ben.Do(s.BoardId, new CastVote(cardId));
        await ann.Until(w => w.Changes.Any(c => c.Version == voted), "a dot placed");
        await ben.Until(w => w.Changes.Any(c => c.Version == voted), "his dot");
        Assert.Equal(cardId, ((VoteCast)ben.Changes.Single(c => c.Version == voted).Event).CardId);
        Assert.Null(((VoteCast)ann.Changes.Single(c => c.Version == voted).Event).CardId);
    }

    [Fact]
    public async Task TwoPeopleMovingOneCardAtOnce_EndWithTheSameBoard()
    {
        var s = await BoardScenario.Create(app);
        await using var ann = await new BoardWatcher(app.Url, s.Convenor.Token).Connect();
        await using var ben = await new BoardWatcher(app.Url, s.Member.Token).Connect();
        await ann.Join(s.BoardId);
        await ben.Join(s.BoardId);
        var added = await ann.Do(s.BoardId, new AddCard(s.FirstLaneId, "Contested"));
        await ann.Until(w => w.Changes.Any(c => c.Version == added), "the card");
        var cardId = ((CardAdded)ann.Changes.Single(c => c.Version == added).Event).CardId;

        var moves = await Task.WhenAll(ann.Do(s.BoardId, new MoveCard(cardId, s.SecondLaneId, 0)), ben.Do(s.BoardId, new MoveCard(cardId, s.FirstLaneId, 5)));
        await ann.Until(w => moves.All(v => w.Changes.Any(c => c.Version == v)), "both moves");
        await ben.Until(w => moves.All(v => w.Changes.Any(c => c.Version == v)), "both moves");
        var last = ann.Changes.Where(c => c.Event is CardMoved).MaxBy(c => c.Version)!;
        var bens = ben.Changes.Where(c => c.Event is CardMoved).MaxBy(c => c.Version)!;
        // The same last move for both (the card it carries, and the lanes' counts, alike too).
        Assert.Equal((last.Version, (CardMoved)last.Event with { Card = null }), (bens.Version, (CardMoved)bens.Event with { Card = null }));
        Assert.Equal(((CardMoved)last.Event).Card!.Text, ((CardMoved)bens.Event).Card!.Text);
        Assert.Equal(last.LaneCounts, bens.LaneCounts);
        var board = (await s.Convenor.Api.Post("query($id: ID!) { board(id: $id) { lanes { id cards { id } } } }", new { id = s.BoardId })).ShouldSucceed().Json!.ToJsonString();
        var laneWithCard = ((CardMoved)last.Event).LaneId;
        Assert.Contains($"\"id\":\"{laneWithCard}\",\"cards\":[{{\"id\":\"{cardId}\"}}]", board);
    }

    [Fact]
    public async Task MoveOntoALaneJustRemoved_IsRefused_AndTheCardStaysWhereItWas()
    {
        var s = await BoardScenario.Create(app);
        await using var ann = await new BoardWatcher(app.Url, s.Convenor.Token).Connect();
        await using var ben = await new BoardWatcher(app.Url, s.Member.Token).Connect();
        await ann.Join(s.BoardId);
        await ben.Join(s.BoardId);
        var added = await ben.Do(s.BoardId, new AddCard(s.FirstLaneId, "Going nowhere"));
        await ben.Until(w => w.Changes.Any(c => c.Version == added), "his card");
        var cardId = ((CardAdded)ben.Changes.Single(c => c.Version == added).Event).CardId;

        await ann.Do(s.BoardId, new RemoveLane(s.SecondLaneId));
        var refused = await Assert.ThrowsAsync<HubException>(() => ben.Do(s.BoardId, new MoveCard(cardId, s.SecondLaneId, 0)));
        Assert.Contains("board.lane-not-found", refused.Message);
        var board = (await s.Member.Api.Post("query($id: ID!) { board(id: $id) { lanes { id cards { id } } } }", new { id = s.BoardId })).ShouldSucceed().Json!.ToJsonString();
        Assert.Contains($"\"id\":\"{s.FirstLaneId}\",\"cards\":[{{\"id\":\"{cardId}\"}}]", board);
    }
}
