using Convening.Testing;

namespace Convening.Storage.Tests.Cluster;

/// <summary>A real Redis (Debian's redis-server, installed by the test command) on a free loopback port.</summary>
public sealed class RedisServer : IAsyncLifetime
{
    private LocalServer? _server;

    public int Port { get; } = FreePort.Next();

    public string ConnectionString => $"127.0.0.1:{Port}";

    public async Task InitializeAsync() =>
        _server = await LocalServer.Start("redis-server", ["--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            Port, "Run ./scripts/test, which installs redis-server.");

    public Task DisposeAsync()
    {
        _server?.Dispose();
        return Task.CompletedTask;
    }
}
