namespace Convening.Contracts.Cycles.Spc;

/// <summary>A period's centre line and each point's limits, for one kind of chart.</summary>
internal sealed record PeriodLimits(double Mean, double? AverageMovingRange, int ScreenedRanges, double?[] MovingRanges, PointLimits?[] Limits);

/// <summary>
/// How each kind of chart turns a baseline into limits. XmR: mean ± 2.66 × average moving range
/// (2.66 = 3 / 1.128), screening out moving ranges of 3.267 × the average or more, as the NHS tools
/// do by default. c: mean ± 3√mean. p: p̄ ± 3√(p̄(1 − p̄)/n) for each point's denominator n, kept
/// within 0–100%. u: ū ± 3√(ū/n). Counts and rates never go below 0.
/// </summary>
internal static class SpcLimits
{
    public const double XmrFactor = 2.66;

    /// <summary>3.267 = D4 for moving ranges of two: the upper limit of the moving-range chart.</summary>
    public const double ScreeningFactor = 3.267;

    public static PeriodLimits For(ChartKind kind, IReadOnlyList<DataPoint> points, double[] values, int baseline, bool screen, bool withLimits) => kind switch
    {
        ChartKind.P => Attribute(points, values, baseline, withLimits, percent: true),
        ChartKind.U => Attribute(points, values, baseline, withLimits, percent: false),
        ChartKind.C => Counts(values, baseline, withLimits),
        _ => Xmr(values, baseline, screen, withLimits),
    };

    private static PeriodLimits Xmr(double[] values, int baseline, bool screen, bool withLimits)
    {
        var n = values.Length;
        var mean = values.Take(baseline).Average();
        var ranges = new double?[n];
        for (var i = 1; i < n; i++)
            ranges[i] = Math.Abs(values[i] - values[i - 1]);
        var baseRanges = ranges.Skip(1).Take(baseline - 1).Select(r => r!.Value).ToList();
        double? average = baseRanges.Count > 0 ? baseRanges.Average() : null;
        var screened = 0;
        if (screen && average is { } first)
        {
            var kept = baseRanges.Where(r => r < ScreeningFactor * first).ToList();
            screened = baseRanges.Count - kept.Count;
            average = kept.Count > 0 ? kept.Average() : first;
        }
        PointLimits? limits = withLimits && average is { } amr
            ? new PointLimits(mean + XmrFactor * amr, mean - XmrFactor * amr, mean + XmrFactor * 2 / 3 * amr, mean - XmrFactor * 2 / 3 * amr)
            : null;
        return new(mean, average, screened, ranges, [.. Enumerable.Repeat(limits, n)]);
    }

    private static PeriodLimits Counts(double[] values, int baseline, bool withLimits)
    {
        var mean = values.Take(baseline).Average();
        var sigma = Math.Sqrt(mean);
        PointLimits? limits = withLimits
            ? new PointLimits(mean + 3 * sigma, Math.Max(0, mean - 3 * sigma), mean + 2 * sigma, Math.Max(0, mean - 2 * sigma))
            : null;
        return new(mean, null, 0, new double?[values.Length], [.. Enumerable.Repeat(limits, values.Length)]);
    }

    private static PeriodLimits Attribute(IReadOnlyList<DataPoint> points, double[] values, int baseline, bool withLimits, bool percent)
    {
        var basis = points.Take(baseline).Where(p => p.Denominator > 0).ToList();
        var centre = basis.Count == 0 ? values.Take(baseline).Average() / (percent ? 100 : 1)
            : basis.Sum(p => p.Numerator ?? 0) / basis.Sum(p => p.Denominator!.Value);
        var scale = percent ? 100 : 1;
        var limits = points.Select(p =>
        {
            if (!withLimits || p.Denominator is not > 0)
                return (PointLimits?)null;
            var sigma = percent ? Math.Sqrt(centre * (1 - centre) / p.Denominator.Value) : Math.Sqrt(centre / p.Denominator.Value);
            double Clamp(double v) => Math.Clamp(v, 0, percent ? 1 : double.MaxValue) * scale;
            return new PointLimits(Clamp(centre + 3 * sigma), Clamp(centre - 3 * sigma), Clamp(centre + 2 * sigma), Clamp(centre - 2 * sigma));
        }).ToArray();
        return new(centre * scale, null, 0, new double?[values.Length], limits);
    }
}
