using Orleans.Storage;

namespace Convening.Storage.Tests.Sqlite;

public sealed class SqliteGrainStorageTests : IDisposable
{
    private readonly StorageHarness _db = new();
    private const string State = StorageHarness.StateName;

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Write_ThenRead_GivesBackTheSameState()
    {
        var grain = StorageHarness.NewGrain();
        var missing = await _db.Read(grain);
        Assert.False(missing.RecordExists);
        Assert.Null(missing.ETag);

        var written = StorageHarness.State("Fewer evictions");
        await _db.Storage.WriteStateAsync(State, grain, written);
        var read = await _db.Read(grain);

        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal("Fewer evictions", read.State?.Text);
        Assert.Equal(["a", "b"], read.State?.Tags);
        Assert.Equal("", (await _db.Read(StorageHarness.NewGrain())).State?.Text);
    }

    [Fact]
    public async Task Write_WithStaleETag_FailsAndLeavesTheStoredDataUnchanged()
    {
        var grain = StorageHarness.NewGrain();
        var stale = await _db.Written(grain, "first");
        var staleETag = stale.ETag;
        await _db.Written(grain, "second");

        stale.State = new NoteState { Text = "lost update" };
        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => _db.Storage.WriteStateAsync(State, grain, stale));

        Assert.Equal(staleETag, error.CurrentEtag);
        var stored = await _db.Read(grain);
        Assert.Equal("second", stored.State?.Text);
        Assert.NotEqual(staleETag, stored.ETag);
    }

    [Fact]
    public async Task TwoWriters_FromTheSameETag_ExactlyOneWins()
    {
        var grain = StorageHarness.NewGrain();
        await _db.Written(grain, "start");
        for (var round = 0; round < 25; round++)
        {
            var etag = (await _db.Read(grain)).ETag;
            var attempts = new[] { "left", "right" }.Select(text => Task.Run(async () =>
            {
                await _db.Storage.WriteStateAsync(State, grain, StorageHarness.State($"{text} {round}", etag));
                return $"{text} {round}";
            })).ToList();
            await Task.WhenAll(attempts).ContinueWith(_ => { }, TaskScheduler.Default);

            var winner = await Assert.Single(attempts, t => t.IsCompletedSuccessfully);
            Assert.IsType<InconsistentStateException>(Assert.Single(attempts, t => t.IsFaulted).Exception!.InnerException);
            Assert.Equal(winner, (await _db.Read(grain)).State?.Text);
        }
    }

    [Fact]
    public async Task Insert_WhenARecordAlreadyExists_Fails()
    {
        var grain = StorageHarness.NewGrain();
        await _db.Written(grain, "original");

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => _db.Storage.WriteStateAsync(State, grain, StorageHarness.State("second activation", etag: null)));

        Assert.Equal("original", (await _db.Read(grain)).State?.Text);
    }

    [Fact]
    public async Task Clear_WithStaleETag_FailsAndKeepsTheRecord()
    {
        var grain = StorageHarness.NewGrain();
        var stale = await _db.Written(grain, "first");
        await _db.Written(grain, "second");

        await Assert.ThrowsAsync<InconsistentStateException>(() => _db.Storage.ClearStateAsync(State, grain, stale));

        var stored = await _db.Read(grain);
        Assert.True(stored.RecordExists);
        Assert.Equal("second", stored.State?.Text);
    }

    [Fact]
    public async Task Clear_WithCurrentETag_RemovesTheRecord()
    {
        var grain = StorageHarness.NewGrain();
        var current = await _db.Written(grain, "first");

        await _db.Storage.ClearStateAsync(State, grain, current);

        Assert.False((await _db.Read(grain)).RecordExists);
        Assert.False(current.RecordExists);
        await _db.Storage.WriteStateAsync(State, grain, StorageHarness.State("again"));
        Assert.Equal("again", (await _db.Read(grain)).State?.Text);
    }

    [Fact]
    public async Task Clear_WithoutETag_WhenARecordIsStored_FailsAndKeepsIt()
    {
        var grain = StorageHarness.NewGrain();
        await _db.Written(grain, "stored by another activation");

        await Assert.ThrowsAsync<InconsistentStateException>(() => _db.Storage.ClearStateAsync(State, grain, StorageHarness.State("")));

        Assert.Equal("stored by another activation", (await _db.Read(grain)).State?.Text);
    }
}
