using Convening.Storage.Tests.Cosmos;
using Convening.Testing;

namespace Convening.Storage.Tests.Cluster;

/// <summary>Redis and the Cosmos DB emulator, shared by the cluster tests.</summary>
public sealed class ClusterServers : IAsyncLifetime
{
    public RedisServer Redis { get; } = new();
    public CosmosServer Cosmos { get; } = new();

    public Task InitializeAsync() => Task.WhenAll(Redis.InitializeAsync(), Cosmos.InitializeAsync());

    public async Task DisposeAsync()
    {
        await Redis.DisposeAsync();
        await Cosmos.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
[RunsLong] // Silos started, killed and restarted as processes: about 110 s in CI.
public sealed class ClusterCollection : ICollectionFixture<ClusterServers>
{
    public const string Name = "cluster";
}
