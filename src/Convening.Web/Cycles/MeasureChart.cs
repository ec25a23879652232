using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;

namespace Convening.Web.Cycles;

/// <summary>Everything the chart partial draws for one measure; no layout until there is data.</summary>
public sealed record MeasureChart(Measure Measure, XmrChart Chart, SpcChartLayout? Layout, string? Description)
{
    public string Id => "measure-" + Measure.Id;

    public static MeasureChart For(Measure measure, IReadOnlyList<Experiment> experiments)
    {
        var chart = XmrChart.Compute(measure.Points, measure.HigherIsBetter);
        if (chart.Points.Count == 0)
            return new MeasureChart(measure, chart, null, null);
        var layout = new SpcChartLayout(measure, chart, experiments);
        return new MeasureChart(measure, chart, layout, ChartText.Describe(measure, layout));
    }
}
