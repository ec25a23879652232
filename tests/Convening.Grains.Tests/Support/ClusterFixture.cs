using Convening.Testing;
using Orleans.TestingHost;

namespace Convening.Grains.Tests.Support;

/// <summary>One cluster on one SQLite file, shared by every test in <see cref="ClusterCollection"/>.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly TempDir _data = new("grains");
    private TestCluster? _cluster;

    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster has not started.");

    public IGrainFactory Grains => Cluster.GrainFactory;

    public string DataPath => _data.Path;

    public async Task InitializeAsync() => _cluster = await ClusterHost.StartAsync(_data.Path);

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
            await ClusterHost.StopAsync(_cluster);
        _data.Dispose();
    }
}
