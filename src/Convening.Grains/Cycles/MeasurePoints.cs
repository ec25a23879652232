using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;

namespace Convening.Grains.Cycles;

/// <summary>
/// What a data point must be for the measure's kind of chart, checked in one place for the form,
/// GraphQL and CSV rows alike. Returns the point with its value worked out (a p-chart's percentage,
/// a u-chart's rate), or the problem as a stable code and a message.
/// </summary>
internal static class MeasurePoints
{
    public static (DataPoint? Point, string? Code, string? Message) Check(DataPoint point, ChartKind kind, DateOnly earliest, DateOnly today)
    {
        if (point.Date > today)
            return Problem("measure.date-in-future", $"{point.Date:yyyy-MM-dd} is in the future. Record a value once its date has passed.");
        if (point.Date < earliest || point.Date < CycleLimits.EarliestDate)
            return Problem("measure.date-too-early", $"{point.Date:yyyy-MM-dd} is too long before the cycle: data can go back to {earliest:yyyy-MM-dd}.");
        if (kind is ChartKind.P or ChartKind.U)
        {
            if (point.Numerator is not { } top || point.Denominator is not { } bottom || !double.IsFinite(top) || !double.IsFinite(bottom))
                return Problem("measure.needs-denominator", kind == ChartKind.P
                    ? "A proportion needs a numerator and a denominator, e.g. 12 seen within 2 weeks of 40 referred."
                    : "A rate needs a count and what it is per, e.g. 3 falls in 1,200 bed days.");
            if (bottom <= 0)
                return Problem("measure.denominator-zero", $"The denominator on {point.Date:yyyy-MM-dd} is {bottom}: it must be more than 0.");
            if (top < 0)
                return Problem("measure.negative-count", $"The numerator on {point.Date:yyyy-MM-dd} is below 0.");
            if (kind == ChartKind.P && top > bottom)
                return Problem("measure.numerator-above-denominator", $"On {point.Date:yyyy-MM-dd} the numerator ({top}) is more than the denominator ({bottom}): a proportion cannot be over 100%.");
            return (point with { Value = kind == ChartKind.P ? Math.Round(100 * top / bottom, 10) : top / bottom }, null, null);
        }
        if (!double.IsFinite(point.Value))
            return Problem("measure.bad-value", "A value must be a finite number.");
        if (kind == ChartKind.C && point.Value < 0)
            return Problem("measure.negative-count", $"The count on {point.Date:yyyy-MM-dd} is below 0.");
        return (point with { Numerator = null, Denominator = null }, null, null);
    }

    private static (DataPoint?, string?, string?) Problem(string code, string message) => (null, code, message);
}
