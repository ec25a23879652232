using System.Text;
using Convening.Contracts.Storage;

namespace Convening.Storage.Tests.Contract;

/// <summary>What every event log must do; run against SQLite and against Cosmos DB.</summary>
public abstract class EventLogContract
{
    protected abstract StoreHarness Db { get; }

    private IEventLog Log => Db.Log;


    [Fact]
    public async Task Append_ThenRead_GivesEventsInOrderWithVersions()
    {
        await Log.Append("board-1", 0, Bytes("a"));
        await Log.Append("board-1", 1, Bytes("b"));
        await Log.Append("board-1", 2, Bytes("c"));

        var all = await Log.Read("board-1", 0, 100);
        Assert.Equal([1L, 2L, 3L], all.Select(e => e.Version));
        Assert.Equal(["a", "b", "c"], all.Select(e => Text(e.Data)));
        Assert.Equal(["c"], (await Log.Read("board-1", 2, 100)).Select(e => Text(e.Data)));
        Assert.Empty(await Log.Read("board-2", 0, 100));
    }

    [Fact]
    public async Task Append_AtAStaleVersion_FailsAndAddsNothing()
    {
        await Log.Append("board-1", 0, Bytes("first"));

        await Assert.ThrowsAsync<EventLogConflictException>(() => Log.Append("board-1", 0, Bytes("rival")));
        await Assert.ThrowsAsync<EventLogConflictException>(() => Log.Append("board-1", 5, Bytes("gap")));

        Assert.Equal(["first"], (await Log.Read("board-1", 0, 100)).Select(e => Text(e.Data)));
    }

    [Fact]
    public async Task Events_SurviveARestart()
    {
        await Log.Append("board-1", 0, Bytes("kept"));
        Db.Restart();

        Assert.Equal(["kept"], (await Db.Log.Read("board-1", 0, 100)).Select(e => Text(e.Data)));
    }

    [Fact]
    public async Task Snapshot_KeepsTheNewestOnly()
    {
        await Log.WriteSnapshot("board-1", new Snapshot(200, Bytes("at 200")));
        await Log.WriteSnapshot("board-1", new Snapshot(100, Bytes("older")));

        var snapshot = await Log.ReadSnapshot("board-1");
        Assert.Equal(200, snapshot!.Version);
        Assert.Equal("at 200", Text(snapshot.Data));
        Assert.Null(await Log.ReadSnapshot("board-2"));
    }

    [Fact]
    public async Task LargeSnapshot_RoundTrips_AndReplacesTheOlderOne()
    {
        var big = new byte[2_500_000];
        new Random(7).NextBytes(big);
        await Log.WriteSnapshot("board-big", new Snapshot(200, Bytes("small, older")));
        await Log.WriteSnapshot("board-big", new Snapshot(400, big));
        Db.Restart();

        var snapshot = await Db.Log.ReadSnapshot("board-big");
        Assert.Equal(400, snapshot!.Version);
        Assert.Equal(big, snapshot.Data);
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(byte[] data) => Encoding.UTF8.GetString(data);
}
