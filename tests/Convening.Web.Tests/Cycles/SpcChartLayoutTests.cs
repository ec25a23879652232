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

    /// <summary>5, 7, 6, 8, 4, 6 twice: mean 6, limits 6 ± 5.56, no signals.</summary>
    private static readonly double[] Twelve = [5, 7, 6, 8, 4, 6, 5, 7, 6, 8, 4, 6];

    [Fact]
    public void Points_RunLeftToRightByDate_AndHigherValuesSitHigher()
    {
        var layout = Layout(Twelve, []);

        Assert.Equal(SpcChartLayout.Left, layout.Points[0].X);
        Assert.Equal(SpcChartLayout.Width - SpcChartLayout.Right, layout.Points[^1].X);
        Assert.True(layout.Points[3].Y < layout.Points[4].Y, "8 is drawn above 4");
        Assert.True(layout.Upper!.Y < layout.Mean.Y && layout.Mean.Y < layout.Lower!.Y);
        Assert.Equal("Mean 6", layout.Mean.Label);
        Assert.All(layout.Points, p => Assert.Equal(PointMark.CommonCause, p.Mark));
        Assert.Equal($"M{SpcChartLayout.N(layout.Points[0].X)},{SpcChartLayout.N(layout.Mean.Y)}H{SpcChartLayout.N(layout.Points[^1].X)}", layout.MeanPath);
    }

    [Fact]
    public void ARecalculation_DrawsTheMeanAndLimitsAsSteps()
    {
        // Twelve points around 6, then twelve around 2 with the limits recalculated from the 13th.
        var measure = Measure([.. Twelve, .. Twelve.Select(v => v - 4)]) with
        {
            Recalculations = [new Recalculation(Monday.AddDays(7 * 12), "Named worker", null, "Agreed", new CyclePerson("p", "Ben"), DateTimeOffset.UnixEpoch)],
        };
        var layout = new SpcChartLayout(measure, measure.Chart(), []);

        var boundary = Assert.Single(layout.Recalculations);
        Assert.Equal((layout.Points[11].X + layout.Points[12].X) / 2, boundary, 6);
        Assert.Equal(2, layout.MeanPath.Count(c => c == 'M'));
        Assert.Equal(2, layout.UpperPath.Count(c => c == 'M'));
        Assert.Equal("Mean 2", layout.Mean.Label);
        Assert.Contains("Limits recalculated from 31 Mar 2025 (Named worker), baseline 12 points: mean 2 days", ChartText.Describe(measure, layout, []));
        Assert.Contains("The mean moved in the better direction: an improvement.", ChartText.Describe(measure, layout, []));
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
    public void Description_SaysTheMeanLimitsSignalsIconsAndExperiments()
    {
        // 4, 6, 5, 7, 5, 6 twice then 15 (lower is better), baseline the first 12: mean 5.5,
        // moving ranges 2,1,2,2,1,2,2,1,2,2,1 = 18 / 11; limits 5.5 ± 4.3527 → 1.15 and 9.85; 15 is above.
        var measure = Measure([4, 6, 5, 7, 5, 6, 4, 6, 5, 7, 5, 6, 15]) with { Settings = MeasureSettings.Default(ImprovementDirection.Decrease) with { BaselinePoints = 12 } };
        var layout = new SpcChartLayout(measure, measure.Chart(), [Experiment("Named worker", Monday.AddDays(7))]);

        var text = ChartText.Describe(measure, layout, []);

        Assert.Equal(
            "Waiting, XmR chart: 13 points from 6 Jan 2025 to 31 Mar 2025. Baseline of the first 12 points: mean 5.5 days, process limits 1.15 days to 9.85 days. " +
            "Special cause: 15 days on 31 Mar 2025 is above the upper process limit (a concern). Lower is better. " +
            "Special cause variation: concern, higher values. Experiments marked: 1, Named worker, from 13 Jan 2025.", text);
        Assert.Equal(PointMark.Concern, layout.Points[^1].Mark);
        Assert.Equal("Outside the limits: concern", ChartText.PointSignals(layout.Chart.Points[^1]));
    }

    [Fact]
    public void AShortSeries_IsARunChart_AndSaysWhy()
    {
        var measure = Measure([12, 14, 13]);
        var layout = new SpcChartLayout(measure, measure.Chart(), []);

        Assert.Null(layout.Upper);
        Assert.Empty(layout.UpperPath);
        Assert.Contains("3 points so far: process limits are shown once there are 12, so until then this is a run chart.", ChartText.Describe(measure, layout, []));
        var single = Measure([12]);
        Assert.Equal((SpcChartLayout.Left + SpcChartLayout.Width - SpcChartLayout.Right) / 2, Assert.Single(new SpcChartLayout(single, single.Chart(), []).Points).X);
    }

    [Fact]
    public void AssuranceAgainstATarget_IsDescribedInWords()
    {
        // Limits 0.44 to 11.56 (mean 6); lower is better and a target of 15 is above the upper limit: always met.
        var measure = Measure(Twelve) with { Settings = MeasureSettings.Default(ImprovementDirection.Decrease) with { Target = 15 } };
        var layout = new SpcChartLayout(measure, measure.Chart(), []);

        Assert.Equal(AssuranceIcon.Pass, layout.Chart.Assurance);
        Assert.Contains("Assurance: the process will consistently meet the target of 15 days.", ChartText.Describe(measure, layout, []));
    }

    [Fact]
    public void MovingRangeChart_SitsUnderEachPoint_WithTheUpperRangeLimitAt3267TimesTheAverage()
    {
        // Twelve points 5, 7, 6, 8, 4, 6 twice, then 30: baseline moving ranges 2,1,2,4,2,1,2,1,2,4,2 = 23 / 11,
        // so the upper range limit is 3.267 × 23 / 11 = 6.831; the jump to 30 (a range of 24) is above it.
        var measure = Measure([.. Twelve, 30]) with { Settings = MeasureSettings.Default(ImprovementDirection.Decrease) with { BaselinePoints = 12 } };
        var layout = new SpcChartLayout(measure, measure.Chart(), []);

        var ranges = MovingRangeLayout.For(layout)!;

        Assert.Equal(12, ranges.Points.Count);
        Assert.Equal(layout.Points[1].X, ranges.Points[0].X);
        Assert.Equal(3.267 * 23 / 11, ranges.UpperRange, 9);
        Assert.Equal("Upper range limit 6.83", ranges.Upper.Label);
        Assert.True(ranges.Upper.Y < ranges.Mean.Y, "the limit is drawn above the average");
        Assert.Equal([false, false, false, false, false, false, false, false, false, false, false, true], ranges.Points.Select(p => p.AboveLimit));
        Assert.True(ranges.Points[^1].Y < ranges.Upper.Y, "24 is drawn above the limit");
        Assert.Equal(
            "Moving ranges of Waiting: each is the difference between a point and the one before it. Average moving range 2.09; " +
            "upper range limit 6.83 (3.267 × the average). At or above the upper range limit: 24 on 31 Mar 2025.", ranges.Describe("Waiting"));
    }

    [Fact]
    public void MovingRangeChart_BreaksAtARecalculation_AndIsOnlyForXmrChartsWithLimits()
    {
        var measure = Measure([.. Twelve, .. Twelve.Select(v => v - 4)]) with
        {
            Recalculations = [new Recalculation(Monday.AddDays(7 * 12), "Named worker", null, "Agreed", new CyclePerson("p", "Ben"), DateTimeOffset.UnixEpoch)],
        };
        var ranges = MovingRangeLayout.For(new SpcChartLayout(measure, measure.Chart(), []))!;

        Assert.Equal(22, ranges.Points.Count);
        Assert.Equal(2, ranges.Line.Count(c => c == 'M'));
        Assert.Equal(2, ranges.LimitPath.Count(c => c == 'M'));
        Assert.Null(MovingRangeLayout.For(Layout([12, 14, 13], [])));
        var counts = Measure(Twelve) with { Settings = MeasureSettings.Default(ImprovementDirection.Decrease, ChartKind.C) };
        Assert.Null(MovingRangeLayout.For(new SpcChartLayout(counts, counts.Chart(), [])));
    }

    private static SpcChartLayout Layout(double[] values, IReadOnlyList<Experiment> experiments)
    {
        var measure = Measure(values);
        return new SpcChartLayout(measure, measure.Chart(), experiments);
    }

    private static Measure Measure(double[] values) =>
        new("m1", "Waiting", "days", "", false, [.. values.Select((v, i) => new DataPoint(Monday.AddDays(7 * i), v))],
            MeasureSettings.Default(ImprovementDirection.Decrease), [], []);

    private static Experiment Experiment(string change, DateOnly? starts) =>
        new(Guid.NewGuid().ToString("N")[..12], new ExperimentPlan(change, "", "", "", starts, null), null, new CyclePerson("p", "Ben"), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
}
