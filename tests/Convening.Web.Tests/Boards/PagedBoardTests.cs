using System.Text.Json;
using Convening.Contracts.Boards;
using Convening.Testing.Boards;
using Microsoft.AspNetCore.SignalR;

namespace Convening.Web.Tests.Boards;

/// <summary>A board of 10,000 cards opens with a page per lane (in the browser and over GraphQL), loads more lane by lane, and is never sent whole again (decision 0038).</summary>
[Collection(WebCollection.Name)]
public sealed class PagedBoardTests(WebAppFixture app)
{
    [Fact]
    public async Task TenThousandCards_OpenAPagePerLane_OverTheHubAndGraphQL_LoadMore_AndAChangeToAnUnloadedCardSendsOnlyThatChange()
    {
        var s = await BoardScenario.Create(app);
        var (boardId, lanes) = BoardSeed.Write(app.Services, app.DataPath, s.GroupId, new BoardPerson(s.Convenor.Id, "Facilitator"), 5_000, 3_000, 2_000);
        await using var ann = await new BoardWatcher(app.Url, s.Convenor.Token).Connect();
        await using var ben = await new BoardWatcher(app.Url, s.Member.Token).Connect();

        // Joining sends each lane's first 20 cards and its count, not 10,000 cards.
        var joined = await ben.Join(boardId);
        Assert.Equal([5_000, 3_000, 2_000], joined.Board!.Lanes.Select(l => l.Total));
        Assert.All(joined.Board.Lanes, l => Assert.Equal(BoardLimits.LanePage, l.Cards.Count));
        Assert.Equal(["c0x0", "c0x19"], new[] { joined.Board.Lanes[0].Cards[0].Id, joined.Board.Lanes[0].Cards[^1].Id });
        Assert.InRange(JsonSerializer.SerializeToUtf8Bytes(joined).Length, 1, 100_000);

        // "Show 50 more" gets the next 50 of that lane, as of the board's version.
        var more = await ben.More(boardId, lanes[0], 20);
        Assert.Equal(Enumerable.Range(20, 50).Select(i => $"c0x{i}"), more.Cards.Select(c => c.Id));
        Assert.Equal((5_000, joined.Version), (more.Total, more.Version));
        Assert.Equal(["c1x2999"], (await ben.More(boardId, lanes[1], 2_999)).Cards.Select(c => c.Id));

        // Changes to cards Ben has not loaded tell him the lanes' new counts, and a moved card comes with the move.
        await ann.Join(boardId);
        var moved = await ann.Do(boardId, new MoveCard("c0x4000", lanes[1], 0));
        var deleted = await ann.Do(boardId, new DeleteCard("c2x1999"));
        var added = await ann.Do(boardId, new AddCard(lanes[2], "One more for the end"));
        await ben.Until(w => w.Changes.Any(c => c.Version == added), "three changes");
        var move = ben.Changes.Single(c => c.Version == moved);
        Assert.Equal(new Dictionary<string, int> { [lanes[0]] = 4_999, [lanes[1]] = 3_001 }, move.LaneCounts);
        Assert.Equal("c0x4000", ((CardMoved)move.Event).Card!.Id);
        Assert.Equal(new Dictionary<string, int> { [lanes[2]] = 1_999 }, ben.Changes.Single(c => c.Version == deleted).LaneCounts);
        Assert.Equal(new Dictionary<string, int> { [lanes[2]] = 2_000 }, ben.Changes.Single(c => c.Version == added).LaneCounts);
        Assert.InRange(ben.Traffic.Length, 1, 3_000);
        Assert.Equal(3, ben.Changes.Count);

        // Catching up after a gap: the newest change carries every lane's count now.
        var caughtUp = await ben.Since(boardId, joined.Version);
        Assert.Equal(new Dictionary<string, int> { [lanes[0]] = 4_999, [lanes[1]] = 3_001, [lanes[2]] = 2_000 }, caughtUp[^1].LaneCounts);

        // Over GraphQL too the board comes a page per lane (100 unless asked), with each lane's count, and the rest lane by lane.
        const string Paged = "query($id: ID!, $n: Int) { board(id: $id, cardsPerLane: $n) { lanes { total cards { id } } } }";
        var graph = (await s.Member.Api.Post(Paged, new { id = boardId })).ShouldSucceed().Data!["board"]!["lanes"]!.AsArray();
        Assert.Equal([4_999, 3_001, 2_000], graph.Select(l => l!["total"]!.GetValue<int>()));
        Assert.All(graph, l => Assert.Equal(100, l!["cards"]!.AsArray().Count));
        var five = (await s.Member.Api.Post(Paged, new { id = boardId, n = 5 })).ShouldSucceed().Data!["board"]!["lanes"]![1]!["cards"]!.AsArray();
        Assert.Equal(["c0x4000", "c1x0", "c1x1", "c1x2", "c1x3"], five.Select(c => c!["id"]!.GetValue<string>()));
        Assert.Equal("board.bad-page", (await s.Member.Api.Post(Paged, new { id = boardId, n = 501 })).ErrorCode);
        const string Rest = "query($b: ID!, $l: ID!, $from: Int, $n: Int) { boardLaneCards(boardId: $b, laneId: $l, from: $from, first: $n) { laneId from total version cards { id } } }";
        var rest = (await s.Member.Api.Post(Rest, new { b = boardId, l = lanes[1], @from = 2_996, n = 50 })).ShouldSucceed().Data!["boardLaneCards"]!;
        Assert.Equal(["c1x2995", "c1x2996", "c1x2997", "c1x2998", "c1x2999"], rest["cards"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
        Assert.Equal((3_001, added), (rest["total"]!.GetValue<int>(), rest["version"]!.GetValue<long>()));
        Assert.Equal("board.bad-page", (await s.Member.Api.Post(Rest, new { b = boardId, l = lanes[2], @from = 0, n = 0 })).ErrorCode);
        var outsider = await s.Outsider.Api.Post(Rest, new { b = boardId, l = lanes[2], @from = 0, n = 5 });
        Assert.Equal(Convening.Contracts.AccessPolicy.MembersOnly, outsider.ErrorCode);
        Assert.Null(outsider.Data?["boardLaneCards"]);

        // Without JavaScript the page shows each lane's first 20, with a link to 50 more of each.
        var browser = await Cycles.CookieBrowser.SignedIn(app, s.Member);
        var page = await browser.Html($"/boards/{boardId}");
        Assert.Equal(60, CountCards(page));
        Assert.Contains("Showing the first 20 of 4,999 cards.", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/boards/{boardId}?more={lanes[0]}&amp;cards=70#card-c0x19\"", page, StringComparison.Ordinal);
        Assert.Contains("Show more cards in What we notice", page, StringComparison.Ordinal);
        var longer = await browser.Html($"/boards/{boardId}?more={lanes[0]}&cards=70");
        Assert.Equal(110, CountCards(longer));
        Assert.Contains("id=\"card-c0x69\"", longer, StringComparison.Ordinal);

        // A card shown further down is moved down a place without JavaScript, by where the form showed it.
        var down = await browser.Post($"/boards/{boardId}?handler=Move", ("card", "c0x68"), ("from", lanes[0]), ("at", "68"), ("lane", lanes[0]), ("direction", "down"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, down.StatusCode);
        Assert.Equal(["c0x69", "c0x68"], (await ben.More(boardId, lanes[0], 68)).Cards.Take(2).Select(c => c.Id));
    }

    [Fact]
    public async Task More_WithoutJoining_ByAnOutsider_OrForALaneGone_IsRefused()
    {
        var s = await BoardScenario.Create(app);
        await using var member = await new BoardWatcher(app.Url, s.Member.Token).Connect();
        Assert.Contains("board.not-joined", (await Assert.ThrowsAsync<HubException>(() => member.More(s.BoardId, s.FirstLaneId, 0))).Message);
        await using var outsider = await new BoardWatcher(app.Url, s.Outsider.Token).Connect();
        await Assert.ThrowsAsync<HubException>(() => outsider.Join(s.BoardId));
        Assert.Contains("board.not-joined", (await Assert.ThrowsAsync<HubException>(() => outsider.More(s.BoardId, s.FirstLaneId, 0))).Message);

        await member.Join(s.BoardId);
        Assert.Contains("board.bad-page", (await Assert.ThrowsAsync<HubException>(() => member.More(s.BoardId, s.FirstLaneId, -1))).Message);
        await using var convenor = await new BoardWatcher(app.Url, s.Convenor.Token).Connect();
        await convenor.Join(s.BoardId);
        await convenor.Do(s.BoardId, new RemoveLane(s.SecondLaneId));
        Assert.Contains("board.lane-not-found", (await Assert.ThrowsAsync<HubException>(() => member.More(s.BoardId, s.SecondLaneId, 0))).Message);
    }

    private static int CountCards(string html) => System.Text.RegularExpressions.Regex.Matches(html, "<li class=\"app-card ").Count;
}
