namespace Convening.Contracts.Cycles.Spc;

/// <summary>
/// An XmR (individuals and moving range) chart as NHS "Making Data Count" draws it: the mean,
/// natural process limits at mean ± 2.66 × average moving range, and the special-cause signals.
/// Limits need at least two points; with fewer the chart is a plain run chart.
/// </summary>
public sealed record XmrChart(
    IReadOnlyList<XmrPoint> Points,
    double? Mean,
    double? AverageMovingRange,
    double? UpperLimit,
    double? LowerLimit,
    double? UpperNearLimit,
    double? LowerNearLimit,
    IReadOnlyList<SpcSignal> Signals)
{
    /// <summary>2.66 = 3 / d2, where d2 = 1.128 relates the average moving range of two points to sigma.</summary>
    public const double LimitFactor = 2.66;

    public bool HasLimits => UpperLimit is not null;

    public static XmrChart Compute(IReadOnlyList<DataPoint> points, bool higherIsBetter)
    {
        if (points.Count == 0)
            return new([], null, null, null, null, null, null, []);
        var values = points.Select(p => p.Value).ToArray();
        var mean = values.Average();
        var ranges = new double?[values.Length];
        for (var i = 1; i < values.Length; i++)
            ranges[i] = Math.Abs(values[i] - values[i - 1]);

        double? averageRange = values.Length >= 2 ? ranges.Skip(1).Average(r => r!.Value) : null;
        var halfWidth = LimitFactor * averageRange;
        var nearWidth = halfWidth * 2 / 3;

        var signals = new SpcRules(values, mean, halfWidth, nearWidth, higherIsBetter).Find();
        var xmrPoints = points.Select((p, i) => PointAt(p, i, ranges[i], signals)).ToList();
        return new(xmrPoints, mean, averageRange, mean + halfWidth, mean - halfWidth, mean + nearWidth, mean - nearWidth, signals);
    }

    /// <summary>The point's signals; its direction comes from the strongest one (outside limits first).</summary>
    private static XmrPoint PointAt(DataPoint point, int index, double? range, IReadOnlyList<SpcSignal> signals)
    {
        var mine = signals.Where(s => s.Points.Contains(index)).ToList();
        var strongest = mine.OrderBy(s => Strength(s.Kind)).FirstOrDefault();
        return new XmrPoint(point.Date, point.Value, range,
            [.. mine.Select(s => s.Kind).Distinct().OrderBy(k => k)],
            strongest?.Direction, strongest?.Improvement);
    }

    private static int Strength(SignalKind kind) => kind switch
    {
        SignalKind.OutsideLimits => 0,
        SignalKind.NearLimit => 1,
        SignalKind.Run => 2,
        _ => 3,
    };
}
