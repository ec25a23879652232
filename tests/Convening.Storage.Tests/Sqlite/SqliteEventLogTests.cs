using System.Text;
using Convening.Contracts.Storage;
using Convening.Storage.Sqlite;
using Convening.Testing;
using Microsoft.Data.Sqlite;

namespace Convening.Storage.Tests.Sqlite;

public sealed class SqliteEventLogTests : IDisposable
{
    private readonly TempDir _dir = new("events");
    private readonly SqliteEventLog _log;

    public SqliteEventLogTests() => _log = Open();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    [Fact]
    public async Task Append_ThenRead_GivesEventsInOrderWithVersions()
    {
        await _log.Append("board-1", 0, [Bytes("a"), Bytes("b")]);
        await _log.Append("board-1", 2, [Bytes("c")]);

        var all = await _log.Read("board-1", 0, 100);
        Assert.Equal([1L, 2L, 3L], all.Select(e => e.Version));
        Assert.Equal(["a", "b", "c"], all.Select(e => Text(e.Data)));
        Assert.Equal(["c"], (await _log.Read("board-1", 2, 100)).Select(e => Text(e.Data)));
        Assert.Empty(await _log.Read("board-2", 0, 100));
    }

    [Fact]
    public async Task Append_AtAStaleVersion_FailsAndAddsNothing()
    {
        await _log.Append("board-1", 0, [Bytes("first")]);

        await Assert.ThrowsAsync<EventLogConflictException>(() => _log.Append("board-1", 0, [Bytes("rival"), Bytes("rival 2")]));

        Assert.Equal(["first"], (await _log.Read("board-1", 0, 100)).Select(e => Text(e.Data)));
    }

    [Fact]
    public async Task Events_SurviveARestart()
    {
        await _log.Append("board-1", 0, [Bytes("kept")]);
        SqliteConnection.ClearAllPools();

        Assert.Equal(["kept"], (await Open().Read("board-1", 0, 100)).Select(e => Text(e.Data)));
    }

    [Fact]
    public async Task Snapshot_KeepsTheNewestOnly()
    {
        await _log.WriteSnapshot("board-1", new Snapshot(200, Bytes("at 200")));
        await _log.WriteSnapshot("board-1", new Snapshot(100, Bytes("older")));

        var snapshot = await _log.ReadSnapshot("board-1");
        Assert.Equal(200, snapshot!.Version);
        Assert.Equal("at 200", Text(snapshot.Data));
        Assert.Null(await _log.ReadSnapshot("board-2"));
    }

    private SqliteEventLog Open() => new(new SqliteDatabase(new SqliteStorageOptions { DataPath = _dir.Path }));

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(byte[] data) => Encoding.UTF8.GetString(data);
}
