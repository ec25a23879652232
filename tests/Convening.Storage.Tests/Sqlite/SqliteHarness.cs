using Convening.Storage.Sqlite;
using Convening.Storage.Tests.Contract;
using Convening.Testing;
using Microsoft.Data.Sqlite;

namespace Convening.Storage.Tests.Sqlite;

/// <summary>SQLite storage on a fresh data folder.</summary>
public sealed class SqliteHarness : StoreHarness, IDisposable
{
    private readonly TempDir _dir = new("storage");

    public SqliteHarness() => Open();

    public SqliteStorageOptions Options => new() { DataPath = Path.Combine(_dir.Path, "data") };

    public override void Restart()
    {
        SqliteConnection.ClearAllPools();
        Open();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    private void Open()
    {
        var database = new SqliteDatabase(Options);
        Storage = new SqliteGrainStorage("main", database, SharedSerializer, TimeProvider.System);
        Log = new SqliteEventLog(database);
        Reminders = new SqliteReminderTable(database);
    }
}
