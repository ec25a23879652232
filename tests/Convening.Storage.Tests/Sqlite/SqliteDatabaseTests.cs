using Convening.Storage.Sqlite;
using Convening.Storage.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace Convening.Storage.Tests.Sqlite;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly SqliteHarness _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Data_SurvivesARestartOnTheSameFile()
    {
        var grain = StoreHarness.NewGrain();
        var written = await _db.Written(grain, "Person we support");

        _db.Restart();
        var read = await _db.Read(grain);

        Assert.True(read.RecordExists);
        Assert.Equal("Person we support", read.State?.Text);
        Assert.Equal(written.ETag, read.ETag);
        read.State!.Text = "Carer";
        await _db.Storage.WriteStateAsync(StoreHarness.StateName, grain, read);
        Assert.Equal("Carer", (await _db.Read(grain)).State?.Text);
    }

    [Fact]
    public async Task DatabaseFile_IsCreatedUnderDataPathOnFirstUse_InWalMode()
    {
        var options = _db.Options;
        Assert.False(File.Exists(options.DatabasePath));

        await _db.Written(StoreHarness.NewGrain(), "first");

        Assert.Equal(Path.Combine(Path.GetFullPath(options.DataPath), "convening.db"), options.DatabasePath);
        Assert.True(File.Exists(options.DatabasePath));
        using var connection = new SqliteConnection($"Data Source={options.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar() as string);
    }

    [Fact]
    public void Open_RunsEveryConnectionWithFullSync()
    {
        using var connection = new SqliteDatabase(_db.Options).Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous";

        Assert.Equal(2L, command.ExecuteScalar()); // 2 = FULL: a commit is on disk before it returns
    }
}
