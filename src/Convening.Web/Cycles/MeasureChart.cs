using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;

namespace Convening.Web.Cycles;

/// <summary>Everything the chart partial draws for one measure; no layout until there is data.</summary>
public sealed record MeasureChart(Measure Measure, SpcChart Chart, SpcChartLayout? Layout, string? Description)
{
    /// <summary>The moving-range chart drawn under an XmR chart that has limits.</summary>
    public MovingRangeLayout? MovingRange { get; init; }

    public string Id => "measure-" + Measure.Id;

    /// <summary>A signal that the latest point is part of: new since the last data came in, so worth asking about.</summary>
    public SpcSignal? NewSignal => Chart.Signals.Where(s => s.Last == Chart.Points.Count - 1).MinBy(s => s.Kind);

    /// <summary>The question the group can put on its board, naming the measure and the signal.</summary>
    public string SignalQuestion => NewSignal is { } signal
        ? $"What is behind this signal? {Measure.Name}: {ChartText.Signal(signal, Chart, Measure.Unit)}."
        : "";

    public static MeasureChart For(Measure measure, IReadOnlyList<Experiment> experiments)
    {
        var chart = measure.Chart();
        if (chart.Points.Count == 0)
            return new MeasureChart(measure, chart, null, null);
        var layout = new SpcChartLayout(measure, chart, experiments);
        return new MeasureChart(measure, chart, layout, ChartText.Describe(measure, layout, experiments)) { MovingRange = MovingRangeLayout.For(layout) };
    }
}
