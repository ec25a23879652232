using System.Diagnostics;
using Convening.Storage.Tests.Crash;
using Convening.Testing;

namespace Convening.Bench;

/// <summary>
/// A mixed workload (reads of places and groups, card adds, glossary additions) from many
/// clients for a fixed time, against one silo and then two silos (separate processes, Redis
/// membership, one shared SQLite file), spreading clients over the silos.
/// </summary>
public static class ClusterBench
{
    public static async Task<(double One, double Two)> Compare(int clients, TimeSpan duration)
    {
        var redisPort = FreePort.Next();
        using var redis = await LocalServer.Start("redis-server",
            ["--port", redisPort.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            redisPort, "apt-get install redis-server");
        var one = await Run(1, clients, duration, redisPort);
        var two = await Run(2, clients, duration, redisPort);
        return (one, two);
    }

    private static async Task<double> Run(int silos, int clients, TimeSpan duration, int redisPort)
    {
        using var data = new TempDir("cluster-bench");
        var cluster = "bench-" + Guid.NewGuid().ToString("N")[..8];
        var settings = new Dictionary<string, string>
        {
            ["Convening:Clustering"] = "Redis",
            ["Convening:Redis"] = $"127.0.0.1:{redisPort}",
            ["Convening:ClusterId"] = cluster,
            ["Convening:ServiceId"] = cluster,
            ["Convening:Boards:BurstOperations"] = "10000000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var servers = new List<ServerProcess>();
        for (var i = 0; i < silos; i++)
            servers.Add(await ServerProcess.StartAsync(data.Path, settings));
        try
        {
            var apis = servers.Select(s => new Api(s.Address)).ToList();
            var workers = await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Worker.Create(apis[0], apis[i % apis.Count])));
            var stop = Stopwatch.StartNew();
            var counts = await Task.WhenAll(workers.Select(w => w.Run(() => stop.Elapsed < duration)));
            return counts.Sum() / stop.Elapsed.TotalSeconds;
        }
        finally
        {
            foreach (var server in servers)
                await server.DisposeAsync();
        }
    }

    /// <summary>One client: its own group and board, arranged through the first silo, then working through its own silo.</summary>
    private sealed class Worker(Api api, string token, string groupId, string boardId, string laneId)
    {
        public static async Task<Worker> Create(Api arrange, Api work)
        {
            var (_, token) = await arrange.Register("Worker");
            var group = await arrange.Group(token);
            var (board, lane) = await arrange.Board(token, group);
            return new Worker(work, token, group, board, lane);
        }

        public async Task<int> Run(Func<bool> going)
        {
            var done = 0;
            for (var i = 0; going(); i++)
            {
                _ = (i % 10) switch
                {
                    < 5 => await api.Call(token, "query($id: ID!) { places(first: 20) { totalCount } group(id: $id) { name members { role } } }", new { id = groupId }),
                    < 8 => await api.Call(token, "mutation($i: ChangeBoardInput!) { changeBoard(input: $i) { board { version } } }",
                        new { i = new { boardId, action = "ADD_CARD", laneId, text = $"card {i}" } }),
                    _ => await api.Call(token, "mutation($i: AddGlossaryEntryInput!) { addGlossaryEntry(input: $i) { glossaryEntry { id } } }",
                        new { i = new { groupId, agreedTerm = $"term {i}" } }),
                };
                done++;
            }
            return done;
        }
    }
}
