using Convening.Contracts.Boards;
using Convening.Storage.Cosmos;
using Convening.Storage.Tests.Crash;
using Convening.Testing;
using Convening.Testing.Boards;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Convening.Storage.Tests.Cluster;

/// <summary>
/// Redis holds the cluster's membership table, nothing else. Silos that have joined call each other
/// directly, so they keep serving while it is down. Back with its data, the cluster goes on and can
/// grow; back without it, every silo stops, to be started again into a fresh table (docs/decisions/0012).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RedisRestartTests(ClusterServers servers)
{
    private static readonly Serializer EventSerializer = new ServiceCollection()
        .AddSerializer(b => b.AddAssembly(typeof(BoardChange).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    [Fact]
    public async Task RedisRestarting_WithOrWithoutItsData_LosesNoAcknowledgedWrite_AndNeverSplitsTheCluster()
    {
        await using var redis = await RestartableRedis.Start();
        await using var silos = await TwoSilos.Start(redis.ConnectionString, servers.Cosmos);
        var (token, board, lane) = await Arrange(silos.A);

        // Down: through both silos, so that at least one write is a call from one silo to the other.
        await redis.Kill();
        var acknowledged = new List<string>
        {
            await Added(silos.A, token, board, lane, "while Redis is down, through A"),
            await Added(silos.B, token, board, lane, "while Redis is down, through B"),
        };

        // Back with its data (a failover to its replica, or persistence): a replica added now joins
        // the same cluster, reaching the board's one activation, so its watchers see a card added through A.
        await redis.Restart(keepData: true);
        var c = await silos.Join();
        await using (var watcher = await new BoardWatcher(c.Address, token).Connect())
        {
            await watcher.Join(board);
            await using var writer = await new BoardWatcher(silos.A.Address, token).Connect();
            var version = await writer.Do(board, new AddCard(lane, "seen through the new silo"));
            acknowledged.Add("seen through the new silo");
            await watcher.Until(w => w.Changes.Any(ch => ch.Version == version), "the card added through A, on the silo that joined after the restart");
            acknowledged.Add(await Added(c, token, board, lane, "through the new silo"));
        }

        // Back without its data: rather than serve on with a membership nobody can change (a replica
        // started later would form a second cluster beside them), every silo stops, saying why.
        await redis.Kill();
        await redis.Restart(keepData: false);
        foreach (var silo in new[] { silos.A, silos.B, c })
        {
            Assert.True(await silo.Exited(TimeSpan.FromSeconds(30)), $"A silo kept running on a lost membership table.\n--- server ---\n{silo.Output}");
            Assert.Contains("Redis has lost the cluster's membership table", silo.Output);
        }

        // Started again, as Container Apps restarts a replica that stops, a silo joins a fresh table
        // and serves the board with every acknowledged card, and takes new ones.
        var again = await silos.Join();
        acknowledged.Add(await Added(again, token, board, lane, "after Redis lost its data"));
        await using var reader = await new BoardWatcher(again.Address, token).Connect();
        var onBoard = (await reader.Join(board)).Board!.Lanes.SelectMany(l => l.Cards).Select(card => card.Text);
        Assert.Equal(acknowledged, onBoard);
        Assert.Equal(acknowledged, await StoredCards(silos.Cluster, board));
    }

    private static async Task<(string Token, string Board, string Lane)> Arrange(ServerProcess silo)
    {
        var api = new Api(silo.Address);
        var (_, token) = await api.Register("Facilitator");
        var (board, lane) = await api.Board(token, await api.Group(token));
        return (token, board, lane);
    }

    /// <summary>Adds a card through one silo's GraphQL endpoint, as a browser would; it must be acknowledged.</summary>
    private static async Task<string> Added(ServerProcess silo, string token, string board, string lane, string text)
    {
        Assert.True(await new Api(silo.Address).TryChangeBoard(token, board, lane, text), $"'{text}' was not acknowledged.\n--- server ---\n{silo.Output}");
        return text;
    }

    /// <summary>The cards the board's event log holds, read straight from the Cosmos DB emulator.</summary>
    private async Task<List<string>> StoredCards(string database, string board)
    {
        using var store = new CosmosStore(servers.Cosmos.Options(database));
        var events = await new CosmosEventLog(store).Read(board, 0, 1_000);
        return [.. events.Select(e => EventSerializer.Deserialize<BoardChange>(e.Data)!.Event).OfType<CardAdded>().Select(c => c.Text)];
    }
}
