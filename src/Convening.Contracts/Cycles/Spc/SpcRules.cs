namespace Convening.Contracts.Cycles.Spc;

/// <summary>
/// The four special-cause rules over one period, as NHSRplotthedots applies them: each point is
/// tested against the mean and limits that apply to it, and a point may carry several signals.
/// </summary>
internal static class SpcRules
{
    public const int RunLength = 7;
    public const int TrendLength = 7;

    /// <param name="values">The period's values in date order.</param>
    /// <param name="limits">Each point's limits and two-sigma lines; null on a run chart.</param>
    /// <returns>For each point, the rules that fired, strongest first.</returns>
    public static List<SignalKind>[] Apply(double[] values, double mean, PointLimits?[] limits)
    {
        var n = values.Length;
        var side = values.Select(v => Math.Sign(v - mean)).ToArray();
        var outside = new bool[n];
        var close = new bool[n];
        for (var i = 0; i < n; i++)
        {
            if (limits[i] is not { } l)
                continue;
            outside[i] = values[i] > l.Upper || values[i] < l.Lower;
            // Only points between the two-sigma line and the limit count toward two of three.
            close[i] = !outside[i] && (values[i] > l.UpperTwoSigma || values[i] < l.LowerTwoSigma);
        }

        var marks = new HashSet<SignalKind>[n];
        for (var i = 0; i < n; i++)
            marks[i] = outside[i] ? [SignalKind.OutsideLimits] : [];
        MarkWindows(n, RunLength, start => side[start] != 0 && Enumerable.Range(start, RunLength).All(i => side[i] == side[start]),
            i => true, marks, SignalKind.Run);
        MarkWindows(n, TrendLength, start => Steps(values, start) is var steps && steps.All(s => s == steps[0]) && steps[0] != 0,
            i => true, marks, SignalKind.Trend);
        MarkWindows(n, 3, start => Enumerable.Range(start, 3).Count(i => close[i]) >= 2 && Math.Abs(side[start] + side[start + 1] + side[start + 2]) == 3,
            i => close[i], marks, SignalKind.TwoOfThree);
        return [.. marks.Select(m => m.OrderBy(k => k).ToList())];
    }

    private static int[] Steps(double[] values, int start) =>
        [.. Enumerable.Range(start + 1, TrendLength - 1).Select(i => Math.Sign(values[i] - values[i - 1]))];

    /// <summary>Marks the points (those <paramref name="counts"/> accepts) of every window of <paramref name="width"/> that <paramref name="fires"/>.</summary>
    private static void MarkWindows(int n, int width, Func<int, bool> fires, Func<int, bool> counts, HashSet<SignalKind>[] marks, SignalKind kind)
    {
        for (var start = 0; start + width <= n; start++)
        {
            if (!fires(start))
                continue;
            for (var i = start; i < start + width; i++)
                if (counts(i))
                    marks[i].Add(kind);
        }
    }
}

/// <summary>The limits and two-sigma lines that apply to one point.</summary>
internal readonly record struct PointLimits(double Upper, double Lower, double UpperTwoSigma, double LowerTwoSigma);
