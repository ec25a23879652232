using System.Diagnostics;
using Convening.Storage.Cosmos;
using Convening.Storage.Sqlite;
using Convening.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Convening.Bench;

/// <summary>Durable grain-state writes per second, one after another: SQLite vs the local Cosmos DB emulator.</summary>
public static class StorageBench
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    public static async Task<(double Sqlite, double Cosmos)> Compare(int writes, bool withCosmos = true)
    {
        using var data = new TempDir("storage-bench");
        var sqlite = new SqliteGrainStorage("bench", new SqliteDatabase(new SqliteStorageOptions { DataPath = data.Path }), Serializer, TimeProvider.System);
        if (!withCosmos)
            return (await Rate(sqlite, writes), 0);

        var port = FreePort.Next();
        var cli = Path.Combine(Repo.Root, "tests/servers/node_modules/@vercel/cosmosdb-server/lib/cli.js");
        using var emulator = await LocalServer.Start("node", [cli, "-p", port.ToString(), "--host", "127.0.0.1"], port, "npm ci in tests/servers");
        using var store = new CosmosStore(new CosmosStorageOptions
        {
            Endpoint = $"https://127.0.0.1:{port}",
            Key = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
            GatewayOnly = true,
            AcceptAnyCertificate = true,
        });
        var cosmos = new CosmosGrainStorage("bench", store, Serializer, TimeProvider.System);
        return (await Rate(sqlite, writes), await Rate(cosmos, writes));
    }

    private static async Task<double> Rate(IGrainStorage storage, int writes)
    {
        var grains = Enumerable.Range(0, 20).Select(i => GrainId.Create("bench", i.ToString())).ToArray();
        var states = grains.Select(_ => new GrainState<List<string>>(["a place", "a group", "a person"])).ToArray();
        for (var i = 0; i < grains.Length; i++)
            await storage.WriteStateAsync("state", grains[i], states[i]);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < writes; i++)
            await storage.WriteStateAsync("state", grains[i % grains.Length], states[i % grains.Length]);
        return writes / Stopwatch.GetElapsedTime(start).TotalSeconds;
    }
}
