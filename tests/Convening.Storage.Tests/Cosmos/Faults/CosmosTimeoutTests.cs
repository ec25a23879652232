using System.Text;
using Convening.Contracts.Storage;
using Convening.Storage.Tests.Contract;
using Orleans.Storage;

namespace Convening.Storage.Tests.Cosmos.Faults;

/// <summary>
/// A request that gets no answer in time fails, unacknowledged, and is not retried: it may have been
/// stored. The optimistic checks (ETag, event version) make sure a retry never applies it twice.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosTimeoutTests(CosmosServer server)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Append_ThatNeverReachedTheDatabase_TimesOut_IsNotStored_AndCanBeRetried()
    {
        await using var cosmos = await FaultyCosmos.Start(server, o => o.RequestTimeout = Timeout);

        cosmos.Proxy.Inject(Fault.NoAnswer, times: 1);
        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => cosmos.Log.Append("board-1", 0, Bytes("first")));

        Assert.Equal(StorageUnavailableException.TimedOut, error.Code);
        Assert.Contains("did not answer the append of version 1 to 'board-1' within 3 s", error.Message);
        Assert.Equal(1, cosmos.Proxy.Unanswered);
        Assert.Empty(await cosmos.StoredEvents("board-1"));

        await cosmos.Log.Append("board-1", 0, Bytes("first"));
        Assert.Equal(["1:first"], await cosmos.StoredEvents("board-1"));
    }

    [Fact]
    public async Task Append_WhoseAnswerWasLost_IsStoredOnce_AndItsRetryIsRefused()
    {
        await using var cosmos = await FaultyCosmos.Start(server, o => o.RequestTimeout = Timeout);
        await cosmos.Log.Append("board-1", 0, Bytes("first"));

        cosmos.Proxy.Inject(Fault.AnswerLost, times: 1);
        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => cosmos.Log.Append("board-1", 1, Bytes("second")));
        await cosmos.Proxy.AnswerLost.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(StorageUnavailableException.TimedOut, error.Code);
        Assert.Contains("may still have been stored", error.Message);
        Assert.Equal(["1:first", "2:second"], await cosmos.StoredEvents("board-1"));

        // The writer still believes it is at version 1 and tries again: refused, not stored twice.
        await Assert.ThrowsAsync<EventLogConflictException>(() => cosmos.Log.Append("board-1", 1, Bytes("second")));
        Assert.Equal(["1:first", "2:second"], await cosmos.StoredEvents("board-1"));

        // Having read the stream again, it goes on from there.
        await cosmos.Log.Append("board-1", 2, Bytes("third"));
        Assert.Equal(["1:first", "2:second", "3:third"], await cosmos.StoredEvents("board-1"));
    }

    [Fact]
    public async Task GrainWrite_WhoseAnswerWasLost_IsStored_AndAWriteFromTheOlderETagIsRefused()
    {
        await using var cosmos = await FaultyCosmos.Start(server, o => o.RequestTimeout = Timeout);
        var grain = StoreHarness.NewGrain();
        var state = StoreHarness.State("first");
        await cosmos.Storage.WriteStateAsync(StoreHarness.StateName, grain, state);
        var before = state.ETag;

        cosmos.Proxy.Inject(Fault.AnswerLost, times: 1);
        state.State = new() { Text = "second" };
        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => cosmos.Storage.WriteStateAsync(StoreHarness.StateName, grain, state));
        await cosmos.Proxy.AnswerLost.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(StorageUnavailableException.TimedOut, error.Code);
        Assert.Equal(before, state.ETag);
        var stored = await cosmos.Stored(grain);
        Assert.Equal("second", stored.State?.Text);

        state.State = new() { Text = "third, from the state before the lost answer" };
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => cosmos.Storage.WriteStateAsync(StoreHarness.StateName, grain, state));
        Assert.Equal(stored.ETag, conflict.StoredEtag);
        Assert.Equal("second", (await cosmos.Stored(grain)).State?.Text);
    }

    [Fact]
    public async Task Store_ThatGotNoAnswerWhenItFirstConnected_WorksOnceCosmosAnswers()
    {
        await using var cosmos = await FaultyCosmos.Start(server, o => o.RequestTimeout = Timeout, warm: false);
        var grain = StoreHarness.NewGrain();

        cosmos.Proxy.Inject(Fault.NoAnswer, allRequests: true);
        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => cosmos.Storage.WriteStateAsync(StoreHarness.StateName, grain, StoreHarness.State("first")));
        Assert.Equal(StorageUnavailableException.TimedOut, error.Code);

        cosmos.Proxy.Heal();
        await cosmos.Storage.WriteStateAsync(StoreHarness.StateName, grain, StoreHarness.State("first"));
        Assert.Equal("first", (await cosmos.Stored(grain)).State?.Text);
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
