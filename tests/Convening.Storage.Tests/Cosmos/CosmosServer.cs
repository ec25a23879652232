using System.Diagnostics;
using System.Net.Sockets;
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
    private Process? _process;

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
        _process = Process.Start(new ProcessStartInfo("node", [cli, "-p", Port.ToString(), "--host", "127.0.0.1"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
            _process.Kill(entireProcessTree: true);
        _process?.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class CosmosCollection : ICollectionFixture<CosmosServer>
{
    public const string Name = "cosmos";
}
