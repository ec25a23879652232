using System.Text;
using Convening.Storage.Tests.Contract;

namespace Convening.Storage.Tests.Cosmos.Faults;

/// <summary>
/// Cosmos DB answers 429 when a partition's request units are spent. A 429 means nothing was done,
/// so the store retries it after the wait asked for; past its retry budget it fails clearly, unstored.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosThrottlingTests(CosmosServer server)
{
    [Fact]
    public async Task GrainWrite_UnderABurstOf429s_IsRetried_AndStored()
    {
        await using var cosmos = await FaultyCosmos.Start(server);
        var grain = StoreHarness.NewGrain();
        var state = StoreHarness.State("Written through a burst");

        cosmos.Proxy.Inject(Fault.Throttle, times: 5);
        await cosmos.Storage.WriteStateAsync(StoreHarness.StateName, grain, state);

        Assert.Equal(5, cosmos.Proxy.Throttled);
        var stored = await cosmos.Stored(grain);
        Assert.Equal("Written through a burst", stored.State?.Text);
        Assert.Equal(state.ETag, stored.ETag);
    }

    [Fact]
    public async Task Append_UnderABurstOf429s_IsRetried_AndStoredOnce()
    {
        await using var cosmos = await FaultyCosmos.Start(server);
        await cosmos.Log.Append("board-1", 0, Bytes("first"));

        cosmos.Proxy.Inject(Fault.Throttle, times: 5);
        await cosmos.Log.Append("board-1", 1, Bytes("second"));

        Assert.Equal(5, cosmos.Proxy.Throttled);
        Assert.Equal(["1:first", "2:second"], await cosmos.StoredEvents("board-1"));
    }

    [Fact]
    public async Task GrainWrite_ThrottledPastTheRetryBudget_FailsAsThrottled_AndStoresNothing()
    {
        await using var cosmos = await FaultyCosmos.Start(server, o => o.MaxThrottledRetries = 3);
        var grain = StoreHarness.NewGrain();
        var first = StoreHarness.State("stored before");
        await cosmos.Storage.WriteStateAsync(StoreHarness.StateName, grain, first);
        var etag = first.ETag;

        cosmos.Proxy.Inject(Fault.Throttle);
        first.State = new() { Text = "refused" };
        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => cosmos.Storage.WriteStateAsync(StoreHarness.StateName, grain, first));

        Assert.Equal(StorageUnavailableException.Throttled, error.Code);
        Assert.Contains("throttling requests (429", error.Message);
        Assert.Contains("after 3 retries", error.Message);
        Assert.Equal(1 + 3, cosmos.Proxy.Throttled);
        Assert.Equal(etag, first.ETag);
        Assert.Equal("stored before", (await cosmos.Stored(grain)).State?.Text);

        cosmos.Proxy.Heal();
        await cosmos.Storage.WriteStateAsync(StoreHarness.StateName, grain, first);
        Assert.Equal("refused", (await cosmos.Stored(grain)).State?.Text);
    }

    [Fact]
    public async Task Append_ThrottledPastTheRetryBudget_FailsAsThrottled_AndStoresNothing()
    {
        await using var cosmos = await FaultyCosmos.Start(server, o => o.MaxThrottledRetries = 2);

        cosmos.Proxy.Inject(Fault.Throttle);
        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => cosmos.Log.Append("board-1", 0, Bytes("refused")));

        Assert.Equal(StorageUnavailableException.Throttled, error.Code);
        Assert.Contains("append of version 1 to 'board-1'", error.Message);
        Assert.Empty(await cosmos.StoredEvents("board-1"));
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
