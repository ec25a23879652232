using Convening.Storage.Tests.Sqlite;
using Orleans.Storage;

namespace Convening.Storage.Tests.Contract;

/// <summary>What every grain storage must do; run against SQLite and against Cosmos DB.</summary>
public abstract class GrainStorageContract
{
    private const string State = StoreHarness.StateName;

    protected abstract StoreHarness Db { get; }

    [Fact]
    public async Task Write_ThenRead_GivesBackTheSameState()
    {
        var grain = StoreHarness.NewGrain();
        var missing = await Db.Read(grain);
        Assert.False(missing.RecordExists);
        Assert.Null(missing.ETag);

        var written = StoreHarness.State("Fewer evictions");
        await Db.Storage.WriteStateAsync(State, grain, written);
        var read = await Db.Read(grain);

        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal("Fewer evictions", read.State?.Text);
        Assert.Equal(["a", "b"], read.State?.Tags);
        Assert.Equal("", (await Db.Read(StoreHarness.NewGrain())).State?.Text);
    }

    [Fact]
    public async Task Write_WithStaleETag_FailsAndLeavesTheStoredDataUnchanged()
    {
        var grain = StoreHarness.NewGrain();
        var stale = await Db.Written(grain, "first");
        var staleETag = stale.ETag;
        await Db.Written(grain, "second");

        stale.State = new NoteState { Text = "lost update" };
        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => Db.Storage.WriteStateAsync(State, grain, stale));

        Assert.Equal(staleETag, error.CurrentEtag);
        var stored = await Db.Read(grain);
        Assert.Equal("second", stored.State?.Text);
        Assert.NotEqual(staleETag, stored.ETag);
    }

    [Fact]
    public async Task TwoWriters_FromTheSameETag_ExactlyOneWins()
    {
        var grain = StoreHarness.NewGrain();
        await Db.Written(grain, "start");
        for (var round = 0; round < 25; round++)
        {
            var etag = (await Db.Read(grain)).ETag;
            var attempts = new[] { "left", "right" }.Select(text => Task.Run(async () =>
            {
                await Db.Storage.WriteStateAsync(State, grain, StoreHarness.State($"{text} {round}", etag));
                return $"{text} {round}";
            })).ToList();
            await Task.WhenAll(attempts).ContinueWith(_ => { }, TaskScheduler.Default);

            var winner = await Assert.Single(attempts, t => t.IsCompletedSuccessfully);
            Assert.IsType<InconsistentStateException>(Assert.Single(attempts, t => t.IsFaulted).Exception!.InnerException);
            Assert.Equal(winner, (await Db.Read(grain)).State?.Text);
        }
    }

    [Fact]
    public async Task Insert_WhenARecordAlreadyExists_Fails()
    {
        var grain = StoreHarness.NewGrain();
        await Db.Written(grain, "original");

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => Db.Storage.WriteStateAsync(State, grain, StoreHarness.State("second activation", etag: null)));

        Assert.Equal("original", (await Db.Read(grain)).State?.Text);
    }

    [Fact]
    public async Task Clear_WithStaleETag_FailsAndKeepsTheRecord()
    {
        var grain = StoreHarness.NewGrain();
        var stale = await Db.Written(grain, "first");
        await Db.Written(grain, "second");

        await Assert.ThrowsAsync<InconsistentStateException>(() => Db.Storage.ClearStateAsync(State, grain, stale));

        var stored = await Db.Read(grain);
        Assert.True(stored.RecordExists);
        Assert.Equal("second", stored.State?.Text);
    }

    [Fact]
    public async Task Clear_WithCurrentETag_RemovesTheRecord()
    {
        var grain = StoreHarness.NewGrain();
        var current = await Db.Written(grain, "first");

        await Db.Storage.ClearStateAsync(State, grain, current);

        Assert.False((await Db.Read(grain)).RecordExists);
        Assert.False(current.RecordExists);
        await Db.Storage.WriteStateAsync(State, grain, StoreHarness.State("again"));
        Assert.Equal("again", (await Db.Read(grain)).State?.Text);
    }

    [Fact]
    public async Task Clear_WithoutETag_WhenARecordIsStored_FailsAndKeepsIt()
    {
        var grain = StoreHarness.NewGrain();
        await Db.Written(grain, "stored by another activation");

        await Assert.ThrowsAsync<InconsistentStateException>(() => Db.Storage.ClearStateAsync(State, grain, StoreHarness.State("")));

        Assert.Equal("stored by another activation", (await Db.Read(grain)).State?.Text);
    }
}
