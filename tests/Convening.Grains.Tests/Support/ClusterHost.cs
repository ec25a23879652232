using Convening.Testing;
using Orleans.TestingHost;

namespace Convening.Grains.Tests.Support;

/// <summary>Starts an in-process test cluster whose grain storage is the real SQLite file under a data folder.</summary>
public static class ClusterHost
{
    public const string DataPathKey = "Convening:DataPath";

    /// <param name="configure">Adds to the silo after the SQLite storage (a test's own configurator).</param>
    public static async Task<TestCluster> StartAsync(string dataPath, Action<TestClusterBuilder>? configure = null)
    {
        var builder = new TestClusterBuilder(1);
        builder.Options.BaseSiloPort = FreePort.Next();
        builder.Options.BaseGatewayPort = FreePort.Next();
        builder.Properties[DataPathKey] = dataPath;
        builder.AddSiloBuilderConfigurator<SqliteSiloConfigurator>();
        configure?.Invoke(builder);
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    public static async Task StopAsync(TestCluster cluster)
    {
        await cluster.StopAllSilosAsync();
        await cluster.DisposeAsync();
    }
}
