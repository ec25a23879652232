using Convening.Testing.Boards;
using Convening.Contracts.Boards;
using Microsoft.AspNetCore.SignalR;

namespace Convening.Web.Tests.Boards;

[Collection(WebCollection.Name)]
public sealed class BoardHubTests(WebAppFixture app)
{
    [Fact]
    public async Task TwoClients_SeeEachOthersCards()
    {
        var s = await BoardScenario.Create(app);
        await using var ann = await new BoardWatcher(app.Url, s.Convenor.Token).Connect();
        await using var ben = await new BoardWatcher(app.Url, s.Member.Token).Connect();
        var joined = await ben.Join(s.BoardId);
        Assert.Equal(3, joined.Board!.Lanes.Count);
        await ann.Join(s.BoardId);

        var version = await ann.Do(s.BoardId, new AddCard(s.FirstLaneId, "Young people tell their story five times"));
        await ben.Do(s.BoardId, new AddCard(s.SecondLaneId, "One named worker"));

        await ben.Until(w => w.Changes.Any(c => c.Version == version), "Ann's card");
        await ann.Until(w => w.Changes.Any(c => c.Event is CardAdded { Text: "One named worker" }), "Ben's card");
        var added = (CardAdded)ben.Changes.Single(c => c.Version == version).Event;
        Assert.Equal("Young people tell their story five times", added.Text);
        Assert.Equal(s.Convenor.Id, ben.Changes.Single(c => c.Version == version).Actor.Id);
    }

    [Fact]
    public async Task Reconnect_ReplaysExactlyTheMissedEvents()
    {
        var s = await BoardScenario.Create(app);
        await using var ann = await new BoardWatcher(app.Url, s.Convenor.Token).Connect();
        await ann.Join(s.BoardId);
        var ben = await new BoardWatcher(app.Url, s.Member.Token).Connect();
        var seen = (await ben.Join(s.BoardId)).Version;
        await ben.Stop();
        await ben.DisposeAsync();

        var missed = new List<long>();
        for (var i = 0; i < 3; i++)
            missed.Add(await ann.Do(s.BoardId, new AddCard(s.FirstLaneId, $"While Ben was away {i}")));

        await using var back = await new BoardWatcher(app.Url, s.Member.Token).Connect();
        var rejoined = await back.Join(s.BoardId, seen);
        Assert.Null(rejoined.Board);
        Assert.Equal(missed, rejoined.Missed.Select(c => c.Version));
        Assert.Equal(Enumerable.Range((int)seen + 1, 3).Select(v => (long)v), rejoined.Missed.Select(c => c.Version));
        Assert.Equal(missed[^1], rejoined.Version);
    }

    [Fact]
    public async Task Observer_CannotAddACard()
    {
        var s = await BoardScenario.Create(app);
        await using var olu = await new BoardWatcher(app.Url, s.Observer.Token).Connect();
        await olu.Join(s.BoardId);
        var error = await Assert.ThrowsAsync<HubException>(() => olu.Do(s.BoardId, new AddCard(s.FirstLaneId, "Observers only watch")));
        Assert.Contains("group.observer-read-only", error.Message);
    }

    [Fact]
    public async Task PersonFromAnotherGroup_CannotJoin()
    {
        var s = await BoardScenario.Create(app);
        await using var stranger = await new BoardWatcher(app.Url, s.Outsider.Token).Connect();
        var error = await Assert.ThrowsAsync<HubException>(() => stranger.Join(s.BoardId));
        Assert.Contains("group.members-only", error.Message);
    }

    [Fact]
    public async Task ForgedBoardId_IsRefused()
    {
        var s = await BoardScenario.Create(app);
        await using var ann = await new BoardWatcher(app.Url, s.Convenor.Token).Connect();
        var error = await Assert.ThrowsAsync<HubException>(() => ann.Do("board-0123456789abcdef0123456789abcdef", new AddCard(s.FirstLaneId, "x")));
        Assert.Contains("board.not-found", error.Message);
    }

    [Fact]
    public async Task GraphQLChange_IsBroadcastToHubWatchers()
    {
        var s = await BoardScenario.Create(app);
        await using var ben = await new BoardWatcher(app.Url, s.Member.Token).Connect();
        await ben.Join(s.BoardId);

        (await s.Convenor.Api.Post("mutation($i: ChangeBoardInput!) { changeBoard(input: $i) { board { version } } }",
            new { i = new { boardId = s.BoardId, action = "ADD_CARD", laneId = s.FirstLaneId, text = "Added through the API" } })).ShouldSucceed();

        await ben.Until(w => w.Changes.Any(c => c.Event is CardAdded { Text: "Added through the API" }), "the API's card");
    }
}
