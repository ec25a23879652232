namespace Convening.Contracts.Cycles.Spc;

/// <summary>
/// A statistical process control chart as NHS England's "Making Data Count" draws it and the NHS-R
/// community's NHSRplotthedots classifies it: limits fixed on a baseline and extended forward,
/// recalculated only at recorded change points, each period's points tested by the four rules, the
/// variation icon from the latest point and the assurance icon from the latest limits and the target.
/// Pure: the same points and settings always give the same chart.
/// </summary>
public sealed record SpcChart(
    SpcSettings Settings,
    IReadOnlyList<SpcPoint> Points,
    IReadOnlyList<SpcPeriod> Periods,
    IReadOnlyList<SpcSignal> Signals,
    VariationIcon Variation,
    AssuranceIcon Assurance)
{
    /// <summary>Whether any period has enough points for limits; if not, the chart is a run chart.</summary>
    public bool HasLimits => Periods.Any(p => p.HasLimits);

    public SpcPoint? Latest => Points.Count == 0 ? null : Points[^1];

    public static SpcChart Compute(IReadOnlyList<DataPoint> data, SpcSettings settings)
    {
        var ordered = data.OrderBy(p => p.Date).ToList();
        var points = new List<SpcPoint>();
        var periods = new List<SpcPeriod>();
        var signals = new List<SpcSignal>();
        foreach (var slice in Slices(ordered, settings.RecalculationDates))
        {
            var values = slice.Select(p => p.Value).ToArray();
            var baseline = Math.Min(Math.Max(1, settings.BaselinePoints), values.Length);
            var withLimits = values.Length >= SpcSettings.MinimumForLimits;
            var limits = SpcLimits.For(settings.Kind, slice, values, baseline, settings.ScreenOutliers, withLimits);
            var marks = SpcRules.Apply(values, limits.Mean, limits.Limits);
            var offset = points.Count;
            for (var i = 0; i < values.Length; i++)
            {
                var l = limits.Limits[i];
                points.Add(new SpcPoint(slice[i].Date, values[i], periods.Count, i < baseline, limits.Mean,
                    l?.Upper, l?.Lower, l?.UpperTwoSigma, l?.LowerTwoSigma, limits.MovingRanges[i],
                    marks[i], TypeOf(values[i], limits.Mean, marks[i].Count > 0, settings.Direction)));
            }
            signals.AddRange(SpansOf(values, limits.Mean, marks, offset, settings.Direction));
            var first = limits.Limits.FirstOrDefault();
            var constant = settings.Kind is ChartKind.Xmr or ChartKind.C;
            periods.Add(new SpcPeriod(periods.Count, slice[0].Date, slice[^1].Date, values.Length, baseline, limits.Mean,
                limits.AverageMovingRange, limits.ScreenedRanges, withLimits,
                constant ? first?.Upper : null, constant ? first?.Lower : null,
                periods.Count == 0 ? PeriodChange.None : ChangeOf(periods[^1].Mean, limits.Mean, settings.Direction)));
        }
        var latest = points.LastOrDefault();
        return new SpcChart(settings, points, periods, [.. signals.OrderBy(s => s.First).ThenBy(s => s.Kind)],
            VariationOf(latest, settings.Direction), AssuranceOf(latest, settings));
    }

    /// <summary>The points split at each recalculation date that has points on or after it.</summary>
    private static IEnumerable<List<DataPoint>> Slices(List<DataPoint> ordered, IReadOnlyList<DateOnly> recalculations)
    {
        var current = new List<DataPoint>();
        var starts = new SortedSet<DateOnly>(recalculations);
        foreach (var point in ordered)
        {
            if (current.Count > 0 && starts.GetViewBetween(current[^1].Date.AddDays(1), point.Date).Count > 0)
            {
                yield return current;
                current = [];
            }
            current.Add(point);
        }
        if (current.Count > 0)
            yield return current;
    }

    /// <summary>
    /// As NHSRplotthedots: a special-cause point is an improvement or a concern by which side of the
    /// mean it is on, whatever rule marked it; where neither way is better, it is neutral high or low.
    /// </summary>
    private static PointType TypeOf(double value, double mean, bool special, ImprovementDirection direction)
    {
        if (!special)
            return PointType.CommonCause;
        var side = Math.Sign(value - mean);
        if (direction == ImprovementDirection.Neither)
            return side > 0 ? PointType.NeutralHigh : PointType.NeutralLow;
        return side == Better(direction) ? PointType.Improvement : PointType.Concern;
    }

    private static int Better(ImprovementDirection direction) => direction == ImprovementDirection.Increase ? 1 : -1;

    /// <summary>
    /// Each rule's marked points grouped into signals: neighbouring points on the same side (for two
    /// of three, a gap of one point is allowed; a point outside the limits is a signal on its own).
    /// A trend's direction is from its first point to its last.
    /// </summary>
    private static IEnumerable<SpcSignal> SpansOf(double[] values, double mean, List<SignalKind>[] marks, int offset, ImprovementDirection direction)
    {
        foreach (var kind in Enum.GetValues<SignalKind>())
        {
            var gap = kind switch { SignalKind.OutsideLimits => 0, SignalKind.TwoOfThree => 2, _ => 1 };
            var groups = new List<List<int>>();
            for (var i = 0; i < values.Length; i++)
            {
                if (!marks[i].Contains(kind))
                    continue;
                var last = groups.LastOrDefault();
                var sameSide = last is not null && (kind == SignalKind.Trend || values[last[^1]] > mean == values[i] > mean);
                if (last is not null && i - last[^1] <= gap && sameSide)
                    last.Add(i);
                else
                    groups.Add([i]);
            }
            foreach (var group in groups)
            {
                var high = kind == SignalKind.Trend ? values[group[^1]] > values[group[0]] : values[group[0]] > mean;
                var side = high ? SignalDirection.High : SignalDirection.Low;
                yield return new SpcSignal(kind, side, [.. group.Select(i => i + offset)], ImprovementOf(side, direction));
            }
        }
    }

    private static bool? ImprovementOf(SignalDirection side, ImprovementDirection direction) =>
        direction == ImprovementDirection.Neither ? null : (side == SignalDirection.High ? 1 : -1) == Better(direction);

    private static PeriodChange ChangeOf(double before, double after, ImprovementDirection direction)
    {
        if (before == after)
            return PeriodChange.None;
        if (direction == ImprovementDirection.Neither)
            return PeriodChange.Neutral;
        return Math.Sign(after - before) == Better(direction) ? PeriodChange.Improvement : PeriodChange.Concern;
    }

    private static VariationIcon VariationOf(SpcPoint? latest, ImprovementDirection direction)
    {
        var higher = direction == ImprovementDirection.Increase;
        return latest?.Type switch
        {
            null => VariationIcon.None,
            PointType.CommonCause => VariationIcon.CommonCause,
            PointType.NeutralHigh => VariationIcon.NeutralHigh,
            PointType.NeutralLow => VariationIcon.NeutralLow,
            PointType.Improvement => higher ? VariationIcon.ImprovementHigh : VariationIcon.ImprovementLow,
            _ => higher ? VariationIcon.ConcernLow : VariationIcon.ConcernHigh,
        };
    }

    /// <summary>
    /// As NHSRplotthedots: a target beyond the latest upper limit will always be missed (higher is
    /// better) or always met (lower is better), one below the lower limit the reverse, and one
    /// between the limits is hit and miss.
    /// </summary>
    private static AssuranceIcon AssuranceOf(SpcPoint? latest, SpcSettings settings)
    {
        if (latest is not { UpperLimit: { } upper, LowerLimit: { } lower } || settings.Target is not { } target
            || settings.Direction == ImprovementDirection.Neither)
            return AssuranceIcon.None;
        var higher = settings.Direction == ImprovementDirection.Increase;
        if (target > upper)
            return higher ? AssuranceIcon.Fail : AssuranceIcon.Pass;
        if (target < lower)
            return higher ? AssuranceIcon.Pass : AssuranceIcon.Fail;
        return AssuranceIcon.HitAndMiss;
    }
}
