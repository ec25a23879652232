using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;
using Convening.Web.Demo;

namespace Convening.Web.Tests.Cycles;

/// <summary>The demo's Northfield chart tells the truth by the Making Data Count rules.</summary>
public sealed class DemoChartTests
{
    [Fact]
    public void NorthfieldChart_HasAStableBaseline_ARecalculationWhereTheExperimentStarted_AndAnImprovement()
    {
        var points = DemoCycles.Days.Select((d, i) => new DataPoint(DemoCycles.FirstWeek.AddDays(7 * i), d)).ToList();
        var started = DemoCycles.FirstWeek.AddDays(7 * DemoCycles.BaselineWeeks);

        var chart = SpcChart.Compute(points, new SpcSettings(Direction: ImprovementDirection.Decrease, Target: DemoCycles.Target, Recalculations: [started]));

        // Baseline: the first 20 weeks, mean 408 / 20 = 20.4 days, all common cause.
        Assert.Equal(2, chart.Periods.Count);
        Assert.Equal((20, 20.4), (chart.Periods[0].BaselineCount, Math.Round(chart.Periods[0].Mean, 9)));
        Assert.True(chart.Periods.All(p => p.HasLimits));
        Assert.Empty(chart.Signals);
        // After the named worker started: mean 164 / 14 = 11.71 days, lower is better, so an improvement,
        // and the new upper limit (about 14.6) is below the 15-day target: it will consistently be met.
        Assert.Equal(started, chart.Periods[1].From);
        Assert.Equal(164.0 / 14, chart.Periods[1].Mean, 9);
        Assert.Equal(PeriodChange.Improvement, chart.Periods[1].Change);
        Assert.Equal(AssuranceIcon.Pass, chart.Assurance);
    }
}
