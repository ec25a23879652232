using Convening.Testing.Boards;
using Convening.Contracts.Boards;
using Microsoft.AspNetCore.SignalR;

namespace Convening.Web.Tests.Boards;

/// <summary>Bad input on a live board gets a clear error, and the board stays the same for everyone.</summary>
[Collection(WebCollection.Name)]
public sealed class BoardRulesTests(WebAppFixture app)
{
    [Fact]
    public async Task HundredKilobyteCard_IsRefused()
    {
        var s = await BoardScenario.Create(app);
        await using var ann = await Joined(s.Convenor, s);
        var error = await Assert.ThrowsAsync<HubException>(() => ann.Do(s.BoardId, new AddCard(s.FirstLaneId, new string('x', 100 * 1024))));
        Assert.Contains("card.too-long", error.Message);
    }

    [Fact]
    public async Task BurstOfTenThousandCards_IsThrottled_AndTheBoardStaysConsistent()
    {
        var s = await BoardScenario.Create(app);
        await using var ann = await Joined(s.Convenor, s);
        var accepted = 0;
        var refused = 0;
        for (var i = 0; i < 10_000 && refused == 0; i++)
        {
            try
            {
                await ann.Do(s.BoardId, new AddCard(s.FirstLaneId, $"card {i}"));
                accepted++;
            }
            catch (HubException e) when (e.Message.Contains("board.too-fast"))
            {
                refused++;
            }
        }
        Assert.Equal(1, refused);
        var board = (await ann.Join(s.BoardId)).Board!;
        Assert.Equal(accepted, board.Lanes[0].Total);
        Assert.Equal(Math.Min(accepted, BoardLimits.LanePage), board.Lanes[0].Cards.Count);
        Assert.Equal(1 + accepted, board.Version);
    }

    [Fact]
    public async Task MovingACardDeletedMeanwhile_IsRefused()
    {
        var s = await BoardScenario.Create(app);
        await using var ann = await Joined(s.Convenor, s);
        await using var ben = await Joined(s.Member, s);
        await ann.Do(s.BoardId, new AddCard(s.FirstLaneId, "short-lived"));
        var card = (await ann.Join(s.BoardId)).Board!.Lanes[0].Cards.Single();

        await ann.Do(s.BoardId, new DeleteCard(card.Id));
        var error = await Assert.ThrowsAsync<HubException>(() => ben.Do(s.BoardId, new MoveCard(card.Id, s.SecondLaneId, 0)));
        Assert.Contains("board.card-not-found", error.Message);
    }

    [Fact]
    public async Task TwoPeopleMovingTheSameCard_EndWithOneConsistentBoard()
    {
        var s = await BoardScenario.Create(app);
        await using var ann = await Joined(s.Convenor, s);
        await using var ben = await Joined(s.Member, s);
        await ann.Do(s.BoardId, new AddCard(s.FirstLaneId, "contested"));
        var card = (await ann.Join(s.BoardId)).Board!.Lanes[0].Cards.Single();

        await Task.WhenAll(ann.Do(s.BoardId, new MoveCard(card.Id, s.SecondLaneId, 0)), ben.Do(s.BoardId, new MoveCard(card.Id, s.FirstLaneId, 0)));

        var annView = (await ann.Join(s.BoardId)).Board!;
        var benView = (await ben.Join(s.BoardId)).Board!;
        Assert.Single(annView.Lanes.SelectMany(l => l.Cards), c => c.Id == card.Id);
        Assert.Equal(annView.Lanes.Select(l => l.Cards.Count), benView.Lanes.Select(l => l.Cards.Count));
    }

    [Fact]
    public async Task Vote_HidesTalliesUntilClosed_AndRefusesExtraOrLateVotes()
    {
        var s = await BoardScenario.Create(app);
        await using var ann = await Joined(s.Convenor, s);
        await using var ben = await Joined(s.Member, s);
        await ann.Do(s.BoardId, new AddCard(s.FirstLaneId, "Pick me"));
        var card = (await ann.Join(s.BoardId)).Board!.Lanes[0].Cards.Single();

        var memberOpening = await Assert.ThrowsAsync<HubException>(() => ben.Do(s.BoardId, new OpenVote(2)));
        Assert.Contains("board.facilitator-only", memberOpening.Message);
        await ann.Do(s.BoardId, new OpenVote(2));
        await ben.Do(s.BoardId, new CastVote(card.Id));
        var secret = await ben.Do(s.BoardId, new CastVote(card.Id));
        var third = await Assert.ThrowsAsync<HubException>(() => ben.Do(s.BoardId, new CastVote(card.Id)));
        Assert.Contains("board.no-votes-left", third.Message);

        await ann.Until(w => w.Changes.Any(c => c.Version == secret), "Ben's vote");
        Assert.Null(((VoteCast)ann.Changes.Single(c => c.Version == secret).Event).CardId);
        Assert.Null((await ann.Join(s.BoardId)).Board!.Lanes[0].Cards[0].Votes);

        await ann.Do(s.BoardId, new CloseVote());
        var late = await Assert.ThrowsAsync<HubException>(() => ben.Do(s.BoardId, new CastVote(card.Id)));
        Assert.Contains("board.no-vote", late.Message);
        Assert.Equal(2, (await ben.Join(s.BoardId)).Board!.Lanes[0].Cards[0].Votes);
    }

    [Fact]
    public async Task LockedBoard_RefusesMembers_ButNotTheFacilitator()
    {
        var s = await BoardScenario.Create(app);
        await using var ann = await Joined(s.Convenor, s);
        await using var ben = await Joined(s.Member, s);
        await ann.Do(s.BoardId, new SetLocked(true));

        var error = await Assert.ThrowsAsync<HubException>(() => ben.Do(s.BoardId, new AddCard(s.FirstLaneId, "too late")));
        Assert.Contains("board.locked", error.Message);
        await ann.Do(s.BoardId, new AddCard(s.FirstLaneId, "facilitator's summary"));
    }

    [Fact]
    public async Task PresenceUpdates_AreCoalesced_AndTheLastOneArrives()
    {
        var s = await BoardScenario.Create(app);
        await using var ann = await Joined(s.Convenor, s);
        await using var ben = await Joined(s.Member, s);
        await ann.Until(w => w.PresenceUpdates.Any(p => p.Any(x => x.Id == s.Member.Id)), "Ben's arrival");
        var before = ann.PresenceUpdates.Count;

        for (var i = 0; i < 100; i++)
            await ben.Here(s.BoardId, i % 2 == 0 ? s.FirstLaneId : s.SecondLaneId);

        await ann.Until(w => w.PresenceUpdates.Count > before && w.PresenceUpdates[^1].Single(p => p.Id == s.Member.Id).LaneId == s.SecondLaneId, "Ben's last lane");
        Assert.True(ann.PresenceUpdates.Count - before < 20, $"{ann.PresenceUpdates.Count - before} presence messages for 100 updates");
    }

    private async Task<BoardWatcher> Joined(Person who, BoardScenario s)
    {
        var watcher = await new BoardWatcher(app.Url, who.Token).Connect();
        await watcher.Join(s.BoardId);
        return watcher;
    }
}
