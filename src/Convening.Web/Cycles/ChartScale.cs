namespace Convening.Web.Cycles;

/// <summary>A value axis with round-number ticks that covers a range, e.g. 0.3..11.9 → 0, 5, 10, 15.</summary>
public sealed record ChartScale(double Min, double Max, IReadOnlyList<double> Ticks)
{
    public static ChartScale Covering(IEnumerable<double> values, int about = 5)
    {
        var all = values.ToList();
        var (lo, hi) = (all.Min(), all.Max());
        if (hi - lo < 1e-9)
        {
            // One value (or all the same): show a band around it, a tenth of its size, at least ±1.
            var pad = Math.Max(1, Math.Abs(lo) / 10);
            (lo, hi) = (lo - pad, hi + pad);
        }
        var step = NiceStep((hi - lo) / (about - 1));
        var first = Math.Floor(lo / step) * step;
        var last = Math.Ceiling(hi / step) * step;
        var ticks = new List<double>();
        for (var i = 0; first + i * step <= last + step / 2; i++)
            ticks.Add(Math.Round(first + i * step, 10));
        return new ChartScale(first, last, ticks);
    }

    /// <summary>1, 2 or 5 times a power of ten: steps people read easily.</summary>
    private static double NiceStep(double raw)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / power;
        return power * (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10);
    }

    /// <summary>Where a value falls between <paramref name="bottom"/> and <paramref name="top"/> (SVG y grows downwards).</summary>
    public double Y(double value, double top, double bottom) => bottom - (value - Min) / (Max - Min) * (bottom - top);
}
