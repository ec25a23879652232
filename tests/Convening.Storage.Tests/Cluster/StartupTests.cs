using Convening.Storage.Tests.Crash;
using Convening.Testing;

namespace Convening.Storage.Tests.Cluster;

/// <summary>A server that cannot run as configured says why, and stops, rather than half-working.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task RedisClustering_WithoutAConnectionString_StopsWithAClearMessage()
    {
        using var data = new TempDir("startup");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ServerProcess.StartAsync(data.Path, new Dictionary<string, string> { ["Convening:Clustering"] = "Redis" }));
        Assert.Contains("Convening:Redis must hold the Redis connection string", error.Message);
    }

    [Fact]
    public async Task CosmosStorage_WithABadEndpoint_StopsWithAClearMessage()
    {
        using var data = new TempDir("startup");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ServerProcess.StartAsync(data.Path, new Dictionary<string, string>
        {
            ["Convening:Storage"] = "Cosmos",
            ["Convening:Cosmos:Endpoint"] = "not a url",
        }));
        Assert.Contains("Convening:Cosmos:Endpoint must be the account's https address", error.Message);
    }

    [Fact]
    public async Task SecondSilo_OnTheSamePorts_StopsWithAClearMessage()
    {
        using var data = new TempDir("startup");
        var ports = new Dictionary<string, string>
        {
            ["Convening:SiloPort"] = FreePort.Next().ToString(),
            ["Convening:GatewayPort"] = FreePort.Next().ToString(),
        };
        await using var first = await ServerProcess.StartAsync(data.Path, ports);

        using var other = new TempDir("startup");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ServerProcess.StartAsync(other.Path, ports));
        Assert.Contains("another process is already using", error.Message);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await first.Http.GetAsync("/health/ready")).StatusCode);
    }
}
