using Convening.Contracts.Boards;
using Convening.Testing;
using Convening.Testing.Boards;

namespace Convening.Storage.Tests.Cluster;

/// <summary>Two silos on loopback with Redis membership and Cosmos DB storage.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterTests(ClusterServers servers)
{
    [Fact]
    public async Task WatcherOnSiloB_SeesACardAddedThroughSiloA()
    {
        await using var silos = await TwoSilos.Start(servers.Redis, servers.Cosmos);
        var (token, board, lane) = await Arrange(silos.A.Address);

        await using var watcher = await new BoardWatcher(silos.B.Address, token).Connect();
        await watcher.Join(board);
        await using var writer = await new BoardWatcher(silos.A.Address, token).Connect();
        var version = await writer.Do(board, new AddCard(lane, "Added on silo A"));

        await watcher.Until(w => w.Changes.Any(c => c.Version == version && c.Event is CardAdded { Text: "Added on silo A" }), "the card from silo A");
    }

    [Fact]
    public async Task KillingASilo_WhileWriting_LosesNoAcknowledgedWrite_AndWatchersCatchUp()
    {
        await using var silos = await TwoSilos.Start(servers.Redis, servers.Cosmos);
        var (token, board, lane) = await Arrange(silos.A.Address);
        var survivorApi = new Api(silos.B.Address);

        await using var watcher = await new BoardWatcher(silos.A.Address, token).Connect();
        var seen = (await watcher.Join(board)).Version;
        var acknowledged = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            if (i == 20)
                await silos.A.Crash();
            var text = $"card {i}";
            // Through whichever silo is up; a write that fails is not acknowledged, and is retried.
            if (await TryAdd(i < 20 ? new Api(silos.A.Address) : survivorApi, token, board, lane, text, attempts: 20))
                acknowledged.Add(text);
        }
        seen = watcher.Changes.Select(c => c.Version).DefaultIfEmpty(seen).Max();

        await using var back = await new BoardWatcher(silos.B.Address, token).Connect();
        var caughtUp = await back.Join(board, seen);
        var afterCrash = watcher.Changes.Concat(caughtUp.Missed).Select(c => c.Event).OfType<CardAdded>().Select(c => c.Text).ToHashSet();
        // The whole board, as the survivor stores it (the hub's Join sends only each lane's first cards).
        var stored = await survivorApi.Call(token, "query($id: ID!) { board(id: $id) { lanes { cards { text } } } }", new { id = board });
        var onBoard = stored["board"]!["lanes"]!.AsArray().SelectMany(l => l!["cards"]!.AsArray()).Select(c => c!["text"]!.GetValue<string>()).ToList();

        Assert.Equal(40, acknowledged.Count);
        Assert.Equal(acknowledged, onBoard.Where(t => t.StartsWith("card ", StringComparison.Ordinal)));
        Assert.Subset(afterCrash, acknowledged.ToHashSet());
    }

    private static async Task<(string Token, string Board, string Lane)> Arrange(Uri silo)
    {
        var api = new Api(silo);
        var (email, token) = await api.Register("Facilitator");
        _ = email;
        var group = await api.Group(token);
        var (board, lane) = await api.Board(token, group);
        return (token, board, lane);
    }

    private static async Task<bool> TryAdd(Api api, string token, string board, string lane, string text, int attempts)
    {
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            if (await api.TryChangeBoard(token, board, lane, text))
                return true;
            await Task.Delay(500);
        }
        return false;
    }
}
