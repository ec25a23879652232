using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;
using Convening.Web.Cycles;

namespace Convening.Web.Tests.Cycles;

/// <summary>Where the chart puts things and what its text alternative says; no server needed.</summary>
public sealed class SpcChartLayoutTests
{
    private static readonly DateOnly Monday = new(2025, 1, 6);

    [Fact]
    public void Scale_UsesRoundTicksThatCoverEveryValue()
    {
        Assert.Equal([0, 5, 10, 15], ChartScale.Covering([0.3, 11.9]).Ticks);
        Assert.Equal([90, 95, 100, 105, 110], ChartScale.Covering([100]).Ticks);
    }

    [Fact]
    public void Points_RunLeftToRightByDate_AndHigherValuesSitHigher()
    {
        var layout = Layout([5, 7, 6, 8, 4], []);

        Assert.Equal(SpcChartLayout.Left, layout.Points[0].X);
        Assert.Equal(SpcChartLayout.Width - SpcChartLayout.Right, layout.Points[^1].X);
        Assert.True(layout.Points[3].Y < layout.Points[4].Y, "8 is drawn above 4");
        Assert.True(layout.Upper!.Y < layout.Mean!.Y && layout.Mean.Y < layout.Lower!.Y);
        Assert.Equal("Mean 6", layout.Mean.Label);
        Assert.All(layout.Points, p => Assert.Equal(PointMark.CommonCause, p.Mark));
    }

    [Fact]
    public void Experiments_AreMarkedAtTheirStartDate_OnlyWithinTheData()
    {
        var within = Experiment("A single named worker for every young person we meet", Monday.AddDays(14));
        var before = Experiment("Earlier work", Monday.AddDays(-30));
        var undated = Experiment("Undated", null);

        var layout = Layout([5, 7, 6, 8, 4], [within, before, undated]);

        var marker = Assert.Single(layout.Markers);
        Assert.Equal(layout.Points[2].X, marker.X);
        Assert.Equal("A single named worker for e…", marker.Label);
        Assert.Equal(1, marker.Number);
    }

    [Fact]
    public void Description_SaysTheMeanLimitsSignalsAndExperiments()
    {
        // 4, 6, 5, 7, 5, 6, 4, 15 (lower is better): mean 6.5, limits 6.5 ± 7.98; 15 is above 14.48.
        var measure = Measure([4, 6, 5, 7, 5, 6, 4, 15]);
        var layout = new SpcChartLayout(measure, XmrChart.Compute(measure.Points, false), [Experiment("Named worker", Monday.AddDays(7))]);

        var text = ChartText.Describe(measure, layout);

        Assert.Equal(
            "Waiting: 8 points from 6 Jan 2025 to 24 Feb 2025. Mean 6.5 days. Natural process limits -1.48 days to 14.48 days. " +
            "Special cause: 15 days on 24 Feb 2025 is above the upper process limit (a concern). Lower is better. " +
            "Experiments marked: 1, Named worker, from 13 Jan 2025.", text);
        Assert.Equal(PointMark.Concern, layout.Points[^1].Mark);
        Assert.Equal("Outside the limits: concern", ChartText.PointSignals(layout.Chart.Points[^1]));
    }

    [Fact]
    public void ASinglePoint_IsDrawnInTheMiddle_AndSaysItHasNoLimits()
    {
        var measure = Measure([12]);
        var layout = new SpcChartLayout(measure, XmrChart.Compute(measure.Points, false), []);

        Assert.Equal((SpcChartLayout.Left + SpcChartLayout.Width - SpcChartLayout.Right) / 2, Assert.Single(layout.Points).X);
        Assert.Null(layout.Upper);
        Assert.Contains("Process limits need at least two points.", ChartText.Describe(measure, layout));
    }

    private static SpcChartLayout Layout(double[] values, IReadOnlyList<Experiment> experiments)
    {
        var measure = Measure(values);
        return new SpcChartLayout(measure, XmrChart.Compute(measure.Points, measure.HigherIsBetter), experiments);
    }

    private static Measure Measure(double[] values) =>
        new("m1", "Waiting", "days", false, "", false, [.. values.Select((v, i) => new DataPoint(Monday.AddDays(7 * i), v))]);

    private static Experiment Experiment(string change, DateOnly? starts) =>
        new(Guid.NewGuid().ToString("N")[..12], new ExperimentPlan(change, "", "", "", starts, null), null, new CyclePerson("p", "Ben"), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
}
