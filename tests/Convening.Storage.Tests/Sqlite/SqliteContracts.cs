using Convening.Storage.Tests.Contract;

namespace Convening.Storage.Tests.Sqlite;

public sealed class SqliteGrainStorageTests : GrainStorageContract, IDisposable
{
    private readonly SqliteHarness _db = new();

    protected override StoreHarness Db => _db;

    public void Dispose() => _db.Dispose();
}

public sealed class SqliteEventLogTests : EventLogContract, IDisposable
{
    private readonly SqliteHarness _db = new();

    protected override StoreHarness Db => _db;

    public void Dispose() => _db.Dispose();
}

/// <summary>The Lucene directory index following a directory feed kept in SQLite (the index itself is always a Lucene folder).</summary>
public sealed class LuceneIndexOnSqliteFeedTests : DirectoryIndexContract
{
    private readonly SqliteHarness _db = new();

    protected override StoreHarness Db => _db;
}

public sealed class SqliteReminderTableTests : ReminderTableContract, IDisposable
{
    private readonly SqliteHarness _db = new();

    protected override StoreHarness Db => _db;

    public void Dispose() => _db.Dispose();
}
