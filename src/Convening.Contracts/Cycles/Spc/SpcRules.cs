namespace Convening.Contracts.Cycles.Spc;

/// <summary>Finds the four Making Data Count special-cause patterns in a series.</summary>
internal sealed class SpcRules(double[] values, double mean, double? halfWidth, double? nearWidth, bool higherIsBetter)
{
    public const int RunLength = 7;
    public const int TrendLength = 7;

    public IReadOnlyList<SpcSignal> Find()
    {
        var signals = new List<SpcSignal>();
        if (halfWidth is { } limit && nearWidth is { } near)
        {
            signals.AddRange(OutsideLimits(limit));
            signals.AddRange(NearLimit(near, SignalDirection.High));
            signals.AddRange(NearLimit(near, SignalDirection.Low));
        }
        signals.AddRange(Runs());
        signals.AddRange(Trends());
        return [.. signals.OrderBy(s => s.First).ThenBy(s => s.Kind)];
    }

    private IEnumerable<SpcSignal> OutsideLimits(double limit)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] > mean + limit)
                yield return Signal(SignalKind.OutsideLimits, SignalDirection.High, i, i);
            else if (values[i] < mean - limit)
                yield return Signal(SignalKind.OutsideLimits, SignalDirection.Low, i, i);
        }
    }

    /// <summary>
    /// Two of any three consecutive points beyond two sigma on one side. Points beyond the limit
    /// count too (they are beyond two sigma). Overlapping windows merge into one signal, which
    /// marks only the points beyond two sigma, not the odd one out in a window.
    /// </summary>
    private IEnumerable<SpcSignal> NearLimit(double near, SignalDirection side)
    {
        bool Beyond(int i) => side == SignalDirection.High ? values[i] > mean + near : values[i] < mean - near;
        var marked = new SortedSet<int>();
        for (var start = 0; start + 3 <= values.Length; start++)
        {
            var beyond = Enumerable.Range(start, 3).Where(Beyond).ToList();
            if (beyond.Count < 2)
                continue;
            if (marked.Count > 0 && beyond[0] > marked.Max)
            {
                yield return new(SignalKind.NearLimit, side, [.. marked], Improves(side));
                marked.Clear();
            }
            marked.UnionWith(beyond);
        }
        if (marked.Count > 0)
            yield return new(SignalKind.NearLimit, side, [.. marked], Improves(side));
    }

    /// <summary>Runs of points strictly on one side of the mean; a point on the mean ends a run.</summary>
    private IEnumerable<SpcSignal> Runs() =>
        Streaks(i => Math.Sign(values[i] - mean), RunLength, SignalKind.Run, first: 0);

    /// <summary>Points each strictly higher (or lower) than the one before; a repeat ends a trend.</summary>
    private IEnumerable<SpcSignal> Trends() =>
        Streaks(i => Math.Sign(values[i] - values[i - 1]), TrendLength - 1, SignalKind.Trend, first: 1);

    /// <summary>
    /// Maximal stretches where <paramref name="sign"/> is the same non-zero value at least
    /// <paramref name="length"/> times. For trends the sign is of each step, so 6 steps = 7 points
    /// and the signal starts one point before its first step.
    /// </summary>
    private IEnumerable<SpcSignal> Streaks(Func<int, int> sign, int length, SignalKind kind, int first)
    {
        var start = first;
        for (var i = first; i <= values.Length; i++)
        {
            if (i < values.Length && sign(i) != 0 && sign(i) == sign(start))
                continue;
            if (start < values.Length && sign(start) != 0 && i - start >= length)
            {
                var direction = sign(start) > 0 ? SignalDirection.High : SignalDirection.Low;
                yield return Signal(kind, direction, start - first, i - 1);
            }
            start = i;
        }
    }

    private SpcSignal Signal(SignalKind kind, SignalDirection direction, int first, int last) =>
        new(kind, direction, [.. Enumerable.Range(first, last - first + 1)], Improves(direction));

    private bool Improves(SignalDirection direction) => (direction == SignalDirection.High) == higherIsBetter;
}
