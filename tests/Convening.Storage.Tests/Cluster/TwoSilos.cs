using Convening.Storage.Tests.Cosmos;
using Convening.Storage.Tests.Crash;
using Convening.Testing;

namespace Convening.Storage.Tests.Cluster;

/// <summary>
/// Two real server processes forming one Orleans cluster through Redis, storing in the Cosmos DB
/// emulator, each serving HTTP and SignalR: production's shape on loopback.
/// </summary>
public sealed class TwoSilos : IAsyncDisposable
{
    private readonly TempDir _keys;
    private readonly Dictionary<string, string> _settings;
    private readonly List<ServerProcess> _joined = [];

    private TwoSilos(ServerProcess a, ServerProcess b, TempDir keys, Dictionary<string, string> settings) =>
        (A, B, _keys, _settings) = (a, b, keys, settings);

    public ServerProcess A { get; }
    public ServerProcess B { get; }

    /// <summary>The cluster's id, which is also the name of its Cosmos DB database.</summary>
    public string Cluster => _settings["Convening:ClusterId"];

    public static Task<TwoSilos> Start(RedisServer redis, CosmosServer cosmos) => Start(redis.ConnectionString, cosmos);

    public static async Task<TwoSilos> Start(string redis, CosmosServer cosmos)
    {
        var cluster = "test-" + Guid.NewGuid().ToString("N")[..8];
        var cosmosOptions = cosmos.Options(cluster);
        var settings = new Dictionary<string, string>
        {
            ["Convening:Clustering"] = "Redis",
            ["Convening:Redis"] = redis,
            ["Convening:ClusterId"] = cluster,
            ["Convening:ServiceId"] = cluster,
            ["Convening:Storage"] = "Cosmos",
            ["Convening:Cosmos:Endpoint"] = cosmosOptions.Endpoint,
            ["Convening:Cosmos:Key"] = cosmosOptions.Key!,
            ["Convening:Cosmos:Database"] = cluster,
            ["Convening:Cosmos:GatewayOnly"] = "true",
            ["Convening:Cosmos:AcceptAnyCertificate"] = "true",
            // Declare a killed silo dead within seconds rather than the production minute.
            ["Orleans:Membership:ProbeTimeout"] = "00:00:01",
            ["Orleans:Membership:NumMissedProbesLimit"] = "2",
            ["Orleans:Membership:NumVotesForDeathDeclaration"] = "1",
            ["Orleans:Messaging:ResponseTimeout"] = "00:00:05",
            // Find a lost membership table within a second rather than ten.
            ["Convening:MembershipCheck"] = "00:00:00.500",
        };
        // Both silos share the sign-in keys, as replicas do in production, so a token works on either.
        var keys = new TempDir("keys");
        settings[TestModerator.Setting] = TestModerator.Email;
        var a = await ServerProcess.StartAsync(keys.Path, OwnIndex(settings, keys, "a"));
        var b = await ServerProcess.StartAsync(keys.Path, OwnIndex(settings, keys, "b"));
        return new TwoSilos(a, b, keys, settings);
    }

    /// <summary>Starts one more silo of the same cluster (a replica added by scaling out), disposed with the others.</summary>
    public async Task<ServerProcess> Join()
    {
        var silo = await ServerProcess.StartAsync(_keys.Path, OwnIndex(_settings, _keys, $"joined-{_joined.Count}"));
        _joined.Add(silo);
        return silo;
    }

    /// <summary>Each silo keeps its own directory index, as replicas do on their own disks.</summary>
    private static Dictionary<string, string> OwnIndex(Dictionary<string, string> settings, TempDir keys, string silo) =>
        new(settings) { ["Convening:Directory:IndexPath"] = Path.Combine(keys.Path, $"directory-index-{silo}.db") };

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        foreach (var silo in _joined)
            await silo.DisposeAsync();
        _keys.Dispose();
    }
}
