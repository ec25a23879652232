using Convening.Storage.Cosmos;
using Convening.Testing;

namespace Convening.Storage.Tests.Cosmos;

/// <summary>
/// A real local Cosmos DB emulator (@vercel/cosmosdb-server from npm, restored by the test command)
/// on a free loopback port, for one test collection. It keeps data in memory; each harness uses its
/// own database.
/// </summary>
public sealed class CosmosServer : IAsyncLifetime
{
    private LocalServer? _server;

    public int Port { get; } = FreePort.Next();

    public CosmosStorageOptions Options(string database) => new()
    {
        Endpoint = $"https://127.0.0.1:{Port}",
        // The emulator's well-known key: it accepts any, and this is its published default.
        Key = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
        Database = database,
        GatewayOnly = true,
        AcceptAnyCertificate = true,
    };

    public async Task InitializeAsync()
    {
        var cli = Path.Combine(Repo.Root, "tests/servers/node_modules/@vercel/cosmosdb-server/lib/cli.js");
        if (!File.Exists(cli))
            throw new InvalidOperationException("The Cosmos DB emulator is not installed: run ./scripts/test (or npm ci in tests/servers).");
        _server = await LocalServer.Start("node", [cli, "-p", Port.ToString(), "--host", "127.0.0.1"], Port, "Run ./scripts/test, which installs the emulator.");
    }

    public Task DisposeAsync()
    {
        _server?.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class CosmosCollection : ICollectionFixture<CosmosServer>
{
    public const string Name = "cosmos";
}
