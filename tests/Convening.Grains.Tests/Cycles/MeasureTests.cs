using Convening.Contracts.Cycles;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Cycles;

[Collection(ClusterCollection.Name)]
public sealed class MeasureTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task DataPoints_AreKeptInDateOrder_AndALaterValueForADateCorrectsIt()
    {
        var (cycle, measure, id) = await CycleWithMeasure();

        await cycle.AddDataPoints(measure.Id, [Point(2025, 1, 20, 9), Point(2025, 1, 6, 14)], id);
        var after = await cycle.AddDataPoints(measure.Id, [Point(2025, 1, 13, 11), Point(2025, 1, 20, 8)], id);

        Assert.Equal([(new DateOnly(2025, 1, 6), 14.0), (new DateOnly(2025, 1, 13), 11.0), (new DateOnly(2025, 1, 20), 8.0)],
            after.Points.Select(p => (p.Date, p.Value)));
        var shown = Assert.Single((await cycle.Get(id)).Measures);
        Assert.Equal(("Days from first contact to support", "days", false), (shown.Name, shown.Unit, shown.HigherIsBetter));
        Assert.Equal(3, shown.Points.Count);
    }

    [Fact]
    public async Task BadPoints_AreRejected_AndNothingIsAdded()
    {
        var (cycle, measure, id) = await CycleWithMeasure();

        await Refused.With("measure.bad-value", () => cycle.AddDataPoints(measure.Id, [Point(2025, 1, 6, 3), Point(2025, 1, 13, double.NaN)], id));
        await Refused.With("measure.duplicate-date", () => cycle.AddDataPoints(measure.Id, [Point(2025, 1, 6, 3), Point(2025, 1, 6, 4)], id));
        await Refused.With("measure.date-too-early", () => cycle.AddDataPoints(measure.Id, [Point(1800, 1, 6, 3)], id));
        await Refused.With("measure.no-points", () => cycle.AddDataPoints(measure.Id, [], id));
        await Refused.With("measure.not-found", () => cycle.AddDataPoints("missing", [Point(2025, 1, 6, 3)], id));
        await Refused.With("measure.name-taken", () => cycle.AddMeasure(new NewMeasure("DAYS FROM FIRST CONTACT TO SUPPORT", "", true, ""), id));

        Assert.Empty(Assert.Single((await cycle.Get(id)).Measures).Points);
    }

    [Fact]
    public async Task AMeasure_HoldsAtMost5000Points()
    {
        var (cycle, measure, id) = await CycleWithMeasure();
        var start = new DateOnly(2010, 1, 1);
        await cycle.AddDataPoints(measure.Id, [.. Enumerable.Range(0, CycleLimits.PointsPerMeasure).Select(i => new DataPoint(start.AddDays(i), i))], id);

        await Refused.With("measure.too-many-points", () => cycle.AddDataPoints(measure.Id, [new DataPoint(start.AddDays(-1), 1)], id));

        var kept = Assert.Single((await cycle.Get(id)).Measures).Points;
        Assert.Equal(CycleLimits.PointsPerMeasure, kept.Count);
        Assert.Equal(start, kept[0].Date);
        var corrected = await cycle.AddDataPoints(measure.Id, [new DataPoint(start, 42)], id);
        Assert.Equal(42, corrected.Points[0].Value);
    }

    private async Task<(ILearningCycleGrain Cycle, Measure Measure, string EditorId)> CycleWithMeasure()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Member);
        var measure = await cycle.AddMeasure(new NewMeasure("Days from first contact to support", "days", false, "Counted from the first call"), team.Member.Id);
        return (cycle, measure, team.Member.Id);
    }

    internal static DataPoint Point(int year, int month, int day, double value) => new(new DateOnly(year, month, day), value);
}
