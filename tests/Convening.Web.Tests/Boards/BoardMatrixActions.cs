using Convening.Contracts.Boards;
using Convening.Testing.Boards;
using static Convening.Web.Tests.MatrixActions;

namespace Convening.Web.Tests.Boards;

/// <summary>The board's private-writing actions in the authorization matrix, through GraphQL and the board page's forms.</summary>
public static class BoardMatrixActions
{
    public static readonly IReadOnlyDictionary<string, Spec> All = new Dictionary<string, Spec>
    {
        ["startPrivateWriting"] = new(Allowed.Facilitators, async (f, who) =>
        {
            var board = await Open(f);
            var reply = await f.Api(who).Post(Change, new { i = new { boardId = board, action = "START_PRIVATE_WRITING" } });
            return new(reply, () => PrivateWriting(f, board));
        }),
        // Nobody is on the board, so no facilitator is there: anyone taking part may reveal (a facilitator who left strands nothing).
        ["revealCards"] = new(Allowed.Contributors, async (f, who) =>
        {
            var board = await Open(f, privately: true);
            var reply = await f.Api(who).Post(Change, new { i = new { boardId = board, action = "REVEAL_CARDS", anonymous = true } });
            return new(reply, async () => !await PrivateWriting(f, board));
        }),
        ["boardPrivatePage"] = new(Allowed.Facilitators, async (f, who) =>
        {
            var board = await Open(f);
            var reply = await f.Page(who, $"/boards/{board}?handler=Private");
            return new(reply, () => PrivateWriting(f, board));
        }),
        ["boardRevealPage"] = new(Allowed.Contributors, async (f, who) =>
        {
            var board = await Open(f, privately: true);
            var reply = await f.Page(who, $"/boards/{board}?handler=Reveal", ("number", "1"));
            return new(reply, async () => !await PrivateWriting(f, board));
        }),
        ["addCluster"] = new(Allowed.Contributors, async (f, who) =>
        {
            var board = await Open(f);
            var reply = await f.Api(who).Post(Change, new { i = new { boardId = board, action = "ADD_CLUSTER", text = "Waiting" } });
            return new(reply, async () => (await Board(f, board))["clusters"]!.AsArray().Count == 1);
        }),
        ["clusterCard"] = new(Allowed.Contributors, async (f, who) =>
        {
            var (board, card, cluster) = await WithCardAndCluster(f);
            var reply = await f.Api(who).Post(Change, new { i = new { boardId = board, action = "CLUSTER_CARD", cardId = card, clusterId = cluster } });
            return new(reply, async () => await ClusterOf(f, board) == cluster);
        }),
        // Someone's own card added, then undone: the undo took effect if the card is gone two versions on.
        ["undo"] = new(Allowed.Contributors, async (f, who) =>
        {
            var board = await Open(f);
            var before = await Version(f, board);
            await f.Api(who).Post(Change, new { i = new { boardId = board, action = "ADD_CARD", laneId = await FirstLane(f, board), text = "Undo me" } });
            var reply = await f.Api(who).Post(Change, new { i = new { boardId = board, action = "UNDO" } });
            return new(reply, async () => await Version(f, board) == before + 2 && !await AnyCard(f, board));
        }),
        ["boardAddClusterPage"] = new(Allowed.Contributors, async (f, who) =>
        {
            var board = await Open(f);
            var reply = await f.Page(who, $"/boards/{board}?handler=AddCluster", ("text", "Waiting"));
            return new(reply, async () => (await Board(f, board))["clusters"]!.AsArray().Count == 1);
        }),
        ["boardRenameClusterPage"] = new(Allowed.Contributors, async (f, who) =>
        {
            var (board, _, cluster) = await WithCardAndCluster(f);
            var reply = await f.Page(who, $"/boards/{board}?handler=RenameCluster", ("cluster", cluster), ("text", "Renamed"));
            return new(reply, async () => (await Board(f, board))["clusters"]![0]!["title"]!.GetValue<string>() == "Renamed");
        }),
        ["boardRemoveClusterPage"] = new(Allowed.Contributors, async (f, who) =>
        {
            var (board, _, cluster) = await WithCardAndCluster(f);
            var reply = await f.Page(who, $"/boards/{board}?handler=RemoveCluster", ("cluster", cluster));
            return new(reply, async () => (await Board(f, board))["clusters"]!.AsArray().Count == 0);
        }),
        ["boardClusterCardPage"] = new(Allowed.Contributors, async (f, who) =>
        {
            var (board, card, cluster) = await WithCardAndCluster(f);
            var reply = await f.Page(who, $"/boards/{board}?handler=Cluster", ("card", card), ("cluster", cluster));
            return new(reply, async () => await ClusterOf(f, board) == cluster);
        }),
        ["boardUndoPage"] = new(Allowed.Contributors, async (f, who) =>
        {
            var board = await Open(f);
            var before = await Version(f, board);
            await f.Page(who, $"/boards/{board}?handler=Add", ("lane", await FirstLane(f, board)), ("text", "Undo me"));
            var reply = await f.Page(who, $"/boards/{board}?handler=Undo");
            return new(reply, async () => await Version(f, board) == before + 2 && !await AnyCard(f, board));
        }),
        // The hub's "show more cards" of a lane: members and observers read; the hub refuses others at Join.
        ["hubMore"] = new(Allowed.Members, async (f, who) =>
        {
            var board = await Open(f);
            var lane = await FirstLane(f, board);
            (await f.Convenor.Api.Post(Change, new { i = new { boardId = board, action = "ADD_CARD", laneId = lane, text = "A card" } })).ShouldSucceed();
            var page = (LanePage?)null;
            var reply = await Hub(f, who, async watcher =>
            {
                await watcher.Join(board);
                page = await watcher.More(board, lane, 0);
            });
            return new(reply, () => Task.FromResult(page is { Cards.Count: 1 }));
        }),
        // More of a lane's cards over GraphQL, as the hub's More brings them.
        ["boardLaneCards"] = new(Allowed.Members, async (f, who) =>
        {
            var board = await Open(f);
            var lane = await FirstLane(f, board);
            (await f.Convenor.Api.Post(Change, new { i = new { boardId = board, action = "ADD_CARD", laneId = lane, text = "A card" } })).ShouldSucceed();
            var reply = await f.Api(who).Post("query($b: ID!, $l: ID!) { boardLaneCards(boardId: $b, laneId: $l) { cards { id } } }", new { b = board, l = lane });
            return new(reply, () => Task.FromResult(reply.Data?["boardLaneCards"]?["cards"]?.AsArray().Count == 1));
        }),
        // A template's lanes added to an open board (after its three), through GraphQL, the facilitator's form and the hub.
        ["applyTemplate"] = new(Allowed.Facilitators, async (f, who) =>
        {
            var board = await Open(f);
            var reply = await f.Api(who).Post(Change, new { i = new { boardId = board, action = "APPLY_TEMPLATE", template = "RETROSPECTIVE" } });
            return new(reply, async () => await LaneCount(f, board) == 7);
        }),
        ["boardApplyTemplatePage"] = new(Allowed.Facilitators, async (f, who) =>
        {
            var board = await Open(f);
            var reply = await f.Page(who, $"/boards/{board}?handler=ApplyTemplate", ("template", "Reflect"));
            return new(reply, async () => await LaneCount(f, board) == 6);
        }),
        ["hubAddLane"] = new(Allowed.Facilitators, async (f, who) =>
        {
            var board = await Open(f);
            var reply = await Hub(f, who, watcher => watcher.Do(board, new AddLane("Questions we have")));
            return new(reply, async () => await LaneCount(f, board) == 4);
        }),
        // A card made an experiment in the cycle that opened the board (decision 0041).
        ["promoteCard"] = new(Allowed.Contributors, async (f, who) =>
        {
            var (board, card) = await CycleBoardWithCard(f);
            var reply = await f.Api(who).Post("mutation($i: PromoteCardInput!) { promoteCard(input: $i) { board { version } } }",
                new { i = new { boardId = board, cardId = card, kind = "EXPERIMENT", title = "Try one number" } });
            return new(reply, () => Promoted(f, board));
        }),
        ["boardBecomePage"] = new(Allowed.Contributors, async (f, who) =>
        {
            var (board, card) = await CycleBoardWithCard(f);
            var reply = await f.Page(who, $"/boards/{board}/cards/{card}/become/experiment", ("title", "Try one number"));
            return new(reply, () => Promoted(f, board));
        }),
    };

    /// <summary>
    /// Calls the board hub as <paramref name="who"/> (no token when not signed in), as a reply the matrix reads:
    /// a refusal's stable code (the text before ": " in a HubException) with 403, or 401 when the connection
    /// itself is refused for want of signing in.
    /// </summary>
    private static async Task<Reply> Hub(AuthorizationMatrixFixture f, Person? who, Func<BoardWatcher, Task> call)
    {
        static Reply Refused(System.Net.HttpStatusCode status, string code) =>
            new(status, "application/json", new System.Text.Json.Nodes.JsonObject
            {
                ["errors"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["extensions"] = new System.Text.Json.Nodes.JsonObject { ["code"] = code } }),
            });
        await using var watcher = new BoardWatcher(f.Url, who?.Token ?? "");
        try
        {
            await watcher.Connect();
        }
        catch (Exception e) when (e.Message.Contains("401", StringComparison.Ordinal))
        {
            return Refused(System.Net.HttpStatusCode.Unauthorized, "auth.required");
        }
        try
        {
            await call(watcher);
            return new(System.Net.HttpStatusCode.OK, "application/json", System.Text.Json.Nodes.JsonNode.Parse("""{"data":{}}"""));
        }
        catch (Microsoft.AspNetCore.SignalR.HubException e)
        {
            return Refused(System.Net.HttpStatusCode.Forbidden, System.Text.RegularExpressions.Regex.Match(e.Message, @"([a-z]+\.[a-z-]+): ").Groups[1].Value);
        }
    }

    /// <summary>A cycle's board (the cycle started by the convenor) with the convenor's card on it.</summary>
    private static async Task<(string Board, string Card)> CycleBoardWithCard(AuthorizationMatrixFixture f)
    {
        var board = (await f.Convenor.Api.Post("mutation($i: StartCycleInput!) { startCycle(input: $i) { cycle { boardId } } }",
            new { i = new { groupId = f.GroupId, question = "Why so many hand-offs?" } })).ShouldSucceed().Data!["startCycle"]!["cycle"]!["boardId"]!.GetValue<string>();
        (await f.Convenor.Api.Post(Change, new { i = new { boardId = board, action = "ADD_CARD", laneId = await FirstLane(f, board), text = "A card" } })).ShouldSucceed();
        return (board, (await Board(f, board))["lanes"]![0]!["cards"]![0]!["id"]!.GetValue<string>());
    }

    private static async Task<bool> Promoted(AuthorizationMatrixFixture f, string board) =>
        (await f.Convenor.Api.Post("query($id: ID!) { board(id: $id) { lanes { cards { outcomes { kind } } } } }", new { id = board })).ShouldSucceed()
            .Json!["data"]!["board"]!["lanes"]![0]!["cards"]![0]!["outcomes"]!.AsArray().Count == 1;

    private static async Task<System.Text.Json.Nodes.JsonNode> Board(AuthorizationMatrixFixture f, string board) =>
        (await f.Convenor.Api.Post("query($id: ID!) { board(id: $id) { version clusters { id title } lanes { id cards { id clusterId } } } }", new { id = board }))
            .ShouldSucceed().Json!["data"]!["board"]!;

    private static async Task<int> LaneCount(AuthorizationMatrixFixture f, string board) => (await Board(f, board))["lanes"]!.AsArray().Count;

    private static async Task<long> Version(AuthorizationMatrixFixture f, string board) => (await Board(f, board))["version"]!.GetValue<long>();

    private static async Task<string> FirstLane(AuthorizationMatrixFixture f, string board) => (await Board(f, board))["lanes"]![0]!["id"]!.GetValue<string>();

    private static async Task<bool> AnyCard(AuthorizationMatrixFixture f, string board) =>
        (await Board(f, board))["lanes"]!.AsArray().Any(l => l!["cards"]!.AsArray().Count > 0);

    private static async Task<string?> ClusterOf(AuthorizationMatrixFixture f, string board) =>
        (await Board(f, board))["lanes"]![0]!["cards"]![0]!["clusterId"]?.GetValue<string>();

    /// <summary>A board with the convenor's card in its first lane and one cluster (the card not in it).</summary>
    private static async Task<(string Board, string Card, string Cluster)> WithCardAndCluster(AuthorizationMatrixFixture f)
    {
        var board = await Open(f);
        (await f.Convenor.Api.Post(Change, new { i = new { boardId = board, action = "ADD_CARD", laneId = await FirstLane(f, board), text = "A card" } })).ShouldSucceed();
        (await f.Convenor.Api.Post(Change, new { i = new { boardId = board, action = "ADD_CLUSTER", text = "Waiting" } })).ShouldSucceed();
        var view = await Board(f, board);
        return (board, view["lanes"]![0]!["cards"]![0]!["id"]!.GetValue<string>(), view["clusters"]![0]!["id"]!.GetValue<string>());
    }

    private const string Change = "mutation($i: ChangeBoardInput!) { changeBoard(input: $i) { board { version } } }";

    private static async Task<string> Open(AuthorizationMatrixFixture f, bool privately = false)
    {
        var board = (await f.Convenor.Api.Post("mutation($i: OpenBoardInput!) { openBoard(input: $i) { board { id } } }",
            new { i = new { groupId = f.GroupId, title = "Matrix board" } })).ShouldSucceed().Json!["data"]!["openBoard"]!["board"]!["id"]!.GetValue<string>();
        if (privately)
            (await f.Convenor.Api.Post(Change, new { i = new { boardId = board, action = "START_PRIVATE_WRITING" } })).ShouldSucceed();
        return board;
    }

    private static async Task<bool> PrivateWriting(AuthorizationMatrixFixture f, string board) =>
        (await f.Convenor.Api.Post("query($id: ID!) { board(id: $id) { privateWriting } }", new { id = board })).ShouldSucceed()
            .Json!["data"]!["board"]!["privateWriting"]!.GetValue<bool>();
}
