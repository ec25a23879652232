using Convening.Contracts.Boards;
using Convening.Testing;
using Convening.Testing.Boards;
using Convening.Web.Tests.Boards;
using Microsoft.Extensions.Logging;

namespace Convening.Web.Tests.Faults;

/// <summary>
/// A board's snapshot is big and its changes are small: on a nearly full disk the changes still fit
/// but the snapshot does not. Commit means told: every change stored is acknowledged and broadcast.
/// </summary>
public sealed class SnapshotFailureTests
{
    private const int Cards = 40;
    private const int Moves = 15;

    [Fact]
    public async Task SnapshotFails_EveryAcknowledgedChange_IsBroadcastExactlyOnce()
    {
        using var disk = Mount.Tmpfs(32);
        var log = new LogCapture();
        var app = new WebAppFixture(new Dictionary<string, string>
        {
            ["Convening:DataPath"] = disk.Path,
            ["Convening:Boards:SnapshotEvery"] = "5",
        }, log.AddTo);
        try
        {
            var s = await BoardScenario.Create(app);
            await using var facilitator = await new BoardWatcher(app.Url, s.Convenor.Token).Connect();
            await facilitator.Join(s.BoardId);
            var cards = new List<long>();
            for (var i = 0; i < Cards; i++)
                cards.Add(await facilitator.Do(s.BoardId, new AddCard(s.FirstLaneId, $"{i} " + new string('x', 9_000))));
            await using var watcher = await new BoardWatcher(app.Url, s.Member.Token).Connect();
            var joined = await watcher.Join(s.BoardId);
            var cardId = joined.Board!.Lanes[0].Cards[0].Id;

            // Room for small changes (a few pages each), not for a snapshot of the whole board (~90 pages).
            disk.Fill(leaveBytes: 320 * 1024);
            var acknowledged = new List<long>();
            for (var i = 0; i < Moves; i++)
                acknowledged.Add(await facilitator.Do(s.BoardId, new MoveCard(cardId, i % 2 == 0 ? s.SecondLaneId : s.FirstLaneId, 0)));

            await watcher.Until(w => acknowledged.All(v => w.Changes.Any(c => c.Version == v)), "every acknowledged change");
            Assert.Equal(Enumerable.Range((int)acknowledged[0], Moves).Select(v => (long)v), acknowledged);
            foreach (var version in acknowledged)
                Assert.Single(watcher.Changes, c => c.Version == version);
            var failures = log.Entries.Where(e => e.Category.EndsWith("BoardGrain", StringComparison.Ordinal) && e.Message.Contains("snapshot", StringComparison.Ordinal)).ToList();
            Assert.True(failures.Count > 0, "The disk should have been too full for the board's snapshot:\n" + string.Join('\n', log.Entries.TakeLast(20)));
            Assert.All(failures, f => Assert.Equal(LogLevel.Error, f.Level));
            Assert.True(failures.Count < Moves / 2, $"A failed snapshot is retried after a back-off, not on every change; it was tried {failures.Count} times in {Moves} changes.");

            // The board reads back whole (from the log) once the disk has room again.
            disk.Free();
            var reread = await new BoardWatcher(app.Url, s.Member.Token).Connect();
            await using (reread)
                Assert.Equal(acknowledged[^1], (await reread.Join(s.BoardId)).Version);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
