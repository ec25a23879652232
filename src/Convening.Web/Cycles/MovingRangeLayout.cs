using System.Text;
using Convening.Contracts.Cycles.Spc;

namespace Convening.Web.Cycles;

/// <summary>
/// The moving-range chart drawn under an XmR chart, in its own 720 × 200 viewBox with the same left
/// and right margins, so each moving range sits under the point it ends at. Each period (between
/// recalculations) has its own average moving range (after screening, the one its limits came from)
/// and upper range limit, 3.267 × that average, drawn as steps; a moving range at or above the limit
/// is marked, as it is the jump the screening leaves out. Kept apart from the markup so it can be tested.
/// </summary>
public sealed class MovingRangeLayout
{
    public const double Height = 200, Top = 24, Bottom = 160;

    /// <summary>D4 for moving ranges of two points: the upper range limit is this times the average moving range.</summary>
    public const double UpperRangeFactor = 3.267;

    /// <summary>The moving-range chart for an XmR chart with limits; null for other charts.</summary>
    public static MovingRangeLayout? For(SpcChartLayout main) =>
        main.Chart.Settings.Kind == ChartKind.Xmr && main.Chart.Periods.Any(p => p.HasLimits && p.AverageMovingRange is not null)
            ? new MovingRangeLayout(main)
            : null;

    private MovingRangeLayout(SpcChartLayout main)
    {
        var chart = main.Chart;
        double? Average(SpcPoint p) => chart.Periods[p.Period] is { HasLimits: true, AverageMovingRange: { } amr } ? amr : null;
        double? Limit(SpcPoint p) => Average(p) * UpperRangeFactor;

        Scale = ChartScale.Covering([0, .. chart.Points.SelectMany(p => new[] { p.MovingRange, Limit(p) }).OfType<double>()]);
        double Y(double value) => Scale.Y(value, Top, Bottom);

        var ranged = main.Points.Where(p => p.Point.MovingRange is not null).ToList();
        Points = [.. ranged.Select(p => new RangePoint(p.X, Y(p.Point.MovingRange!.Value), p.Point, p.Point.MovingRange >= Limit(p.Point)))];
        var line = new StringBuilder();
        for (var i = 0; i < Points.Count; i++)
        {
            // A period's first point has no moving range, so the line breaks at each recalculation.
            var joined = i > 0 && Points[i].Point.Period == Points[i - 1].Point.Period;
            line.Append(joined ? " L" : (i > 0 ? " M" : "M")).Append(SpcChartLayout.N(Points[i].X)).Append(',').Append(SpcChartLayout.N(Points[i].Y));
        }
        Line = line.ToString();
        MeanPath = SpcChartLayout.Steps(main.Points, main.Edges, p => Average(p) is { } a ? Y(a) : null);
        LimitPath = SpcChartLayout.Steps(main.Points, main.Edges, p => Limit(p) is { } l ? Y(l) : null);

        var latest = chart.Periods.Last(p => p.HasLimits && p.AverageMovingRange is not null);
        AverageMovingRange = latest.AverageMovingRange!.Value;
        Mean = new ChartLine(Y(AverageMovingRange), "Average moving range " + ChartText.Number(AverageMovingRange));
        Upper = new ChartLine(Y(UpperRange), "Upper range limit " + ChartText.Number(UpperRange));
        YTicks = [.. Scale.Ticks.Select(t => new ChartTick(Y(t), ChartText.Number(t)))];
    }

    public ChartScale Scale { get; }
    public IReadOnlyList<RangePoint> Points { get; }

    /// <summary>SVG path data: the moving ranges joined within each period.</summary>
    public string Line { get; }

    /// <summary>Each period's average moving range and upper range limit as steps.</summary>
    public string MeanPath { get; }
    public string LimitPath { get; }

    /// <summary>The latest period's average moving range and its upper range limit, labelled at the right-hand end.</summary>
    public double AverageMovingRange { get; }
    public double UpperRange => UpperRangeFactor * AverageMovingRange;
    public ChartLine Mean { get; }
    public ChartLine Upper { get; }
    public IReadOnlyList<ChartTick> YTicks { get; }

    /// <summary>The text alternative: what a moving range is, the latest average and limit, and the ranges at or above a limit.</summary>
    public string Describe(string measureName)
    {
        var high = Points.Where(p => p.AboveLimit).ToList();
        return $"Moving ranges of {measureName}: each is the difference between a point and the one before it. " +
            $"Average moving range {ChartText.Number(AverageMovingRange)}; upper range limit {ChartText.Number(UpperRange)} (3.267 × the average). " +
            (high.Count == 0
                ? "No moving range reaches its upper range limit."
                : $"At or above the upper range limit: {string.Join(", ", high.Select(p => $"{ChartText.Number(p.Point.MovingRange!.Value)} on {ChartText.Date(p.Point.Date)}"))}.");
    }
}

/// <summary>A moving range where it is drawn, and whether it reaches its period's upper range limit.</summary>
public sealed record RangePoint(double X, double Y, SpcPoint Point, bool AboveLimit);
