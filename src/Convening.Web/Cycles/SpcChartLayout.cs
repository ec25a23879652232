using System.Globalization;
using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;

namespace Convening.Web.Cycles;

/// <summary>How a point is drawn: shape as well as colour tells common cause, improvement and concern apart.</summary>
public enum PointMark
{
    CommonCause,
    Improvement,
    Concern,
}

public sealed record PlottedPoint(double X, double Y, XmrPoint Point, PointMark Mark);

public sealed record ChartLine(double Y, string Label);

public sealed record ChartTick(double At, string Label);

/// <summary>
/// An experiment drawn as a vertical line at its start date (only those starting within the data's
/// dates); <see cref="Row"/> staggers neighbouring labels so they do not overlap.
/// </summary>
public sealed record ExperimentMarker(double X, int Number, string Label, Experiment Experiment, int Row);

/// <summary>
/// Where everything on a measure's SVG chart goes, in the chart's own coordinates (a 720 × 340
/// viewBox that scales to its container). Kept apart from the markup so it can be tested.
/// </summary>
public sealed class SpcChartLayout
{
    public const double Width = 720, Height = 340, Left = 64, Right = 44, Top = 56, Bottom = 292;
    private const int LabelLength = 28;

    public SpcChartLayout(Measure measure, XmrChart chart, IReadOnlyList<Experiment> experiments)
    {
        Chart = chart;
        var points = chart.Points;
        var (first, last) = (points[0].Date, points[^1].Date);
        var span = Math.Max(1, last.DayNumber - first.DayNumber);
        double X(DateOnly date) => points.Count == 1 ? (Left + Width - Right) / 2 : Left + (date.DayNumber - first.DayNumber) * (Width - Right - Left) / span;

        Scale = ChartScale.Covering(points.Select(p => p.Value)
            .Concat(new[] { chart.Mean, chart.UpperLimit, chart.LowerLimit }.OfType<double>()));
        double Y(double value) => Scale.Y(value, Top, Bottom);

        Points = [.. points.Select(p => new PlottedPoint(X(p.Date), Y(p.Value), p, MarkOf(p)))];
        Line = string.Join(' ', Points.Select(p => $"{N(p.X)},{N(p.Y)}"));
        Mean = chart.Mean is { } mean ? new ChartLine(Y(mean), "Mean " + ChartText.Number(mean)) : null;
        Upper = chart.UpperLimit is { } upper ? new ChartLine(Y(upper), "Upper limit " + ChartText.Number(upper)) : null;
        Lower = chart.LowerLimit is { } lower ? new ChartLine(Y(lower), "Lower limit " + ChartText.Number(lower)) : null;
        YTicks = [.. Scale.Ticks.Select(t => new ChartTick(Y(t), ChartText.Number(t)))];
        var ticks = Math.Min(6, points.Count);
        XTicks = [.. Enumerable.Range(0, ticks)
            .Select(i => ticks == 1 ? 0 : (int)Math.Round(i * (points.Count - 1) / (double)(ticks - 1)))
            .Distinct()
            .Select(i => new ChartTick(X(points[i].Date), ChartText.Date(points[i].Date)))];

        var dated = experiments.Where(e => e.Plan.StartsOn is { } d && d >= first && d <= last).OrderBy(e => e.Plan.StartsOn).ToList();
        Markers = [.. dated.Select((e, i) => new ExperimentMarker(X(e.Plan.StartsOn!.Value), i + 1, Clip(e.Plan.Change), e, i % 2))];
    }

    public XmrChart Chart { get; }
    public ChartScale Scale { get; }
    public IReadOnlyList<PlottedPoint> Points { get; }

    /// <summary>The polyline's points attribute.</summary>
    public string Line { get; }
    public ChartLine? Mean { get; }
    public ChartLine? Upper { get; }
    public ChartLine? Lower { get; }
    public IReadOnlyList<ChartTick> YTicks { get; }
    public IReadOnlyList<ChartTick> XTicks { get; }
    public IReadOnlyList<ExperimentMarker> Markers { get; }

    /// <summary>A coordinate for SVG: invariant culture, one decimal place.</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static PointMark MarkOf(XmrPoint p) =>
        !p.IsSpecialCause ? PointMark.CommonCause : p.Improvement == true ? PointMark.Improvement : PointMark.Concern;

    private static string Clip(string text) => text.Length <= LabelLength ? text : text[..(LabelLength - 1)].TrimEnd() + "…";
}
