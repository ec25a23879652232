using Convening.Storage.Tests.Contract;

namespace Convening.Storage.Tests.Cosmos.Faults;

/// <summary>
/// Cosmos DB answers 503 when a partition cannot take requests. The SDK retries that only in another
/// region, and there is one, so the store fails the write, unacknowledged, and says so.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosUnavailableTests(CosmosServer server)
{
    [Fact]
    public async Task GrainWrite_AnsweredUnavailable_FailsAsUnavailable_AndStoresNothing()
    {
        await using var cosmos = await FaultyCosmos.Start(server);
        var grain = StoreHarness.NewGrain();

        cosmos.Proxy.Inject(Fault.Unavailable, times: 1);
        var error = await Assert.ThrowsAsync<StorageUnavailableException>(
            () => cosmos.Storage.WriteStateAsync(StoreHarness.StateName, grain, StoreHarness.State("refused")));

        Assert.Equal(StorageUnavailableException.Unavailable, error.Code);
        Assert.Contains("unavailable (503)", error.Message);
        Assert.False((await cosmos.Stored(grain)).RecordExists);
    }
}
