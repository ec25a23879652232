using Orleans.Runtime;

namespace Convening.Storage.Tests.Contract;

/// <summary>
/// The reminder table Orleans schedules from (a notification's due time, a daily digest), on
/// SQLite and on Cosmos DB: rows survive a restart, a stale ETag removes nothing, and each silo
/// reads exactly the rows in its part of the hash ring.
/// </summary>
public abstract class ReminderTableContract
{
    protected abstract StoreHarness Db { get; }

    [Fact]
    public async Task Reminder_SurvivesARestart_WithItsTimes()
    {
        var grain = StoreHarness.NewGrain();
        var start = new DateTime(2026, 12, 7, 9, 30, 15, 123, DateTimeKind.Utc);
        var etag = await Db.Reminders.UpsertRow(Entry(grain, "digest", start, TimeSpan.FromDays(1)));
        await Db.Reminders.UpsertRow(Entry(grain, "due", start.AddHours(1), TimeSpan.FromMinutes(5)));

        Db.Restart();

        var row = await Db.Reminders.ReadRow(grain, "digest");
        Assert.NotNull(row);
        Assert.Equal(grain, row.GrainId);
        Assert.Equal(start, row.StartAt);
        Assert.Equal(DateTimeKind.Utc, row.StartAt.Kind);
        Assert.Equal(TimeSpan.FromDays(1), row.Period);
        Assert.Equal(etag, row.ETag);
        Assert.Equal(["digest", "due"], (await Db.Reminders.ReadRows(grain)).Reminders.Select(r => r.ReminderName).Order());
        Assert.Null(await Db.Reminders.ReadRow(grain, "never"));
        Assert.Empty((await Db.Reminders.ReadRows(StoreHarness.NewGrain())).Reminders);
    }

    [Fact]
    public async Task Update_ChangesTheETag_AndAStaleRemovalRemovesNothing()
    {
        var grain = StoreHarness.NewGrain();
        var first = await Db.Reminders.UpsertRow(Entry(grain, "due", DateTime.UtcNow, TimeSpan.FromMinutes(2)));
        var second = await Db.Reminders.UpsertRow(Entry(grain, "due", DateTime.UtcNow.AddHours(1), TimeSpan.FromMinutes(3)));
        Assert.NotEqual(first, second);

        Assert.False(await Db.Reminders.RemoveRow(grain, "due", first!));
        Assert.Equal(TimeSpan.FromMinutes(3), (await Db.Reminders.ReadRow(grain, "due"))!.Period);

        Assert.True(await Db.Reminders.RemoveRow(grain, "due", second!));
        Assert.Null(await Db.Reminders.ReadRow(grain, "due"));
        Assert.False(await Db.Reminders.RemoveRow(grain, "due", second!));
    }

    [Fact]
    public async Task Ranges_GiveEachRowToExactlyOnePartOfTheRing()
    {
        var grains = Enumerable.Range(0, 24).Select(_ => StoreHarness.NewGrain()).ToList();
        foreach (var grain in grains)
            await Db.Reminders.UpsertRow(Entry(grain, "due", DateTime.UtcNow, TimeSpan.FromMinutes(1)));
        var hashes = grains.Select(g => g.GetUniformHashCode()).Order().ToList();
        // Three silos' ranges: (a, b], (b, c] and the one that wraps round, (c, a].
        uint a = hashes[4], b = hashes[12], c = hashes[20];

        var parts = new[] { (a, b), (b, c), (c, a) };
        var seen = new List<GrainId>();
        foreach (var (begin, end) in parts)
        {
            var rows = (await Db.Reminders.ReadRows(begin, end)).Reminders.Where(r => grains.Contains(r.GrainId)).ToList();
            Assert.All(rows, r => Assert.True(InRange(r.GrainId.GetUniformHashCode(), begin, end)));
            seen.AddRange(rows.Select(r => r.GrainId));
        }
        Assert.Equal(grains.Order(), seen.Order());
        Assert.Equal(8, (await Db.Reminders.ReadRows(a, b)).Reminders.Count(r => grains.Contains(r.GrainId)));
    }

    private static bool InRange(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private static ReminderEntry Entry(GrainId grain, string name, DateTime start, TimeSpan period) =>
        new() { GrainId = grain, ReminderName = name, StartAt = start, Period = period };
}
