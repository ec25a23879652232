using System.Globalization;
using System.Text;
using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;

namespace Convening.Web.Cycles;

/// <summary>How a point is drawn: shape as well as colour tells common cause, improvement, concern and neutral apart.</summary>
public enum PointMark
{
    CommonCause,
    Improvement,
    Concern,
    Neutral,
}

public sealed record PlottedPoint(double X, double Y, SpcPoint Point, PointMark Mark);

public sealed record ChartLine(double Y, string Label);

public sealed record ChartTick(double At, string Label);

/// <summary>
/// An experiment drawn as a vertical line at its start date (only those starting within the data's
/// dates); <see cref="Row"/> staggers neighbouring labels so they do not overlap.
/// </summary>
public sealed record ExperimentMarker(double X, int Number, string Label, Experiment Experiment, int Row);

/// <summary>
/// Where everything on a measure's SVG chart goes, in the chart's own coordinates (a 720 × 340
/// viewBox). The mean and limits are drawn as steps: each period between recalculations has its
/// own, and on p- and u-charts the limits step with each point's denominator. Kept apart from the
/// markup so it can be tested.
/// </summary>
public sealed class SpcChartLayout
{
    public const double Width = 720, Height = 340, Left = 64, Right = 44, Top = 56, Bottom = 292;
    private const int LabelLength = 28;

    public SpcChartLayout(Measure measure, SpcChart chart, IReadOnlyList<Experiment> experiments)
    {
        Chart = chart;
        var points = chart.Points;
        var (first, last) = (points[0].Date, points[^1].Date);
        var span = Math.Max(1, last.DayNumber - first.DayNumber);
        double X(DateOnly date) => points.Count == 1 ? (Left + Width - Right) / 2 : Left + (date.DayNumber - first.DayNumber) * (Width - Right - Left) / span;

        Scale = ChartScale.Covering(points.SelectMany(p => new double?[] { p.Value, p.Mean, p.UpperLimit, p.LowerLimit }).OfType<double>());
        double Y(double value) => Scale.Y(value, Top, Bottom);

        Points = [.. points.Select(p => new PlottedPoint(X(p.Date), Y(p.Value), p, MarkOf(p.Type)))];
        Line = string.Join(' ', Points.Select(p => $"{N(p.X)},{N(p.Y)}"));

        // Each point owns the stretch from halfway to its neighbours; a period's steps stop at its edges.
        var edges = Edges = Enumerable.Range(0, Points.Count + 1).Select(i =>
            i == 0 ? Points[0].X : i == Points.Count ? Points[^1].X : (Points[i - 1].X + Points[i].X) / 2).ToArray();
        MeanPath = Steps(Points, edges, p => Y(p.Mean));
        UpperPath = Steps(Points, edges, p => p.UpperLimit is { } u ? Y(u) : null);
        LowerPath = Steps(Points, edges, p => p.LowerLimit is { } l ? Y(l) : null);
        Recalculations = [.. chart.Periods.Skip(1).Select(period => edges[points.ToList().FindIndex(p => p.Date == period.From)])];

        var latest = points[^1];
        Mean = new ChartLine(Y(latest.Mean), "Mean " + ChartText.Number(latest.Mean));
        Upper = latest.UpperLimit is { } upper ? new ChartLine(Y(upper), "Upper limit " + ChartText.Number(upper)) : null;
        Lower = latest.LowerLimit is { } lower ? new ChartLine(Y(lower), "Lower limit " + ChartText.Number(lower)) : null;
        YTicks = [.. Scale.Ticks.Select(t => new ChartTick(Y(t), ChartText.Number(t)))];
        var ticks = Math.Min(4, points.Count);
        XTicks = [.. Enumerable.Range(0, ticks)
            .Select(i => ticks == 1 ? 0 : (int)Math.Round(i * (points.Count - 1) / (double)(ticks - 1)))
            .Distinct()
            .Select(i => new ChartTick(X(points[i].Date), ChartText.Date(points[i].Date)))];

        var dated = experiments.Where(e => e.Plan.StartsOn is { } d && d >= first && d <= last).OrderBy(e => e.Plan.StartsOn).ToList();
        Markers = [.. dated.Select((e, i) => new ExperimentMarker(X(e.Plan.StartsOn!.Value), i + 1, Clip(e.Plan.Change), e, i % 2))];
    }

    public SpcChart Chart { get; }
    public ChartScale Scale { get; }
    public IReadOnlyList<PlottedPoint> Points { get; }

    /// <summary>The polyline's points attribute.</summary>
    public string Line { get; }

    /// <summary>Where each point's stretch begins and ends (halfway to its neighbours): one more than there are points.</summary>
    public IReadOnlyList<double> Edges { get; }

    /// <summary>SVG path data for the mean and limits as steps; empty where there is nothing to draw.</summary>
    public string MeanPath { get; }
    public string UpperPath { get; }
    public string LowerPath { get; }

    /// <summary>Where each recalculated period starts.</summary>
    public IReadOnlyList<double> Recalculations { get; }

    /// <summary>The latest period's lines, labelled at the right-hand end.</summary>
    public ChartLine Mean { get; }
    public ChartLine? Upper { get; }
    public ChartLine? Lower { get; }
    public IReadOnlyList<ChartTick> YTicks { get; }
    public IReadOnlyList<ChartTick> XTicks { get; }
    public IReadOnlyList<ExperimentMarker> Markers { get; }

    /// <summary>A coordinate for SVG: invariant culture, one decimal place.</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A step path: each point's value across its stretch, broken between periods and where there is no value.</summary>
    internal static string Steps(IReadOnlyList<PlottedPoint> points, IReadOnlyList<double> edges, Func<SpcPoint, double?> y)
    {
        var path = new StringBuilder();
        double? previous = null, pendingEnd = null;
        void Flush()
        {
            if (pendingEnd is { } end)
                path.Append($"H{N(end)}");
            pendingEnd = null;
        }
        for (var i = 0; i < points.Count; i++)
        {
            var here = y(points[i].Point);
            var newPeriod = i > 0 && points[i].Point.Period != points[i - 1].Point.Period;
            if (here is not { } value)
            {
                Flush();
                previous = null;
                continue;
            }
            if (previous is null || newPeriod)
            {
                Flush();
                path.Append($"M{N(edges[i])},{N(value)}");
            }
            else if (Math.Abs(previous.Value - value) > 0.05)
            {
                pendingEnd = edges[i];
                Flush();
                path.Append($"V{N(value)}");
            }
            pendingEnd = edges[i + 1];
            previous = value;
        }
        Flush();
        return path.ToString();
    }

    private static PointMark MarkOf(PointType type) => type switch
    {
        PointType.CommonCause => PointMark.CommonCause,
        PointType.Improvement => PointMark.Improvement,
        PointType.Concern => PointMark.Concern,
        _ => PointMark.Neutral,
    };

    private static string Clip(string text) => text.Length <= LabelLength ? text : text[..(LabelLength - 1)].TrimEnd() + "…";
}
