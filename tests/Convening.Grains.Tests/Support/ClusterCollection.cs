namespace Convening.Grains.Tests.Support;

/// <summary>The tests that share one cluster; xunit runs them one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
