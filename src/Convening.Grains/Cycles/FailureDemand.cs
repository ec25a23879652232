using Convening.Contracts.Cycles;

namespace Convening.Grains.Cycles;

/// <summary>
/// The measure the demand log makes automatically: each week's share of demand that was failure
/// demand. Computed when read, so it can never disagree with the log it comes from.
/// </summary>
internal static class FailureDemand
{
    public const string MeasureId = "failure-demand";

    public static Measure? Measure(IReadOnlyCollection<DemandEntry> entries)
    {
        if (entries.Count == 0)
            return null;
        var weeks = entries
            .GroupBy(e => WeekStarting(e.Date))
            .OrderBy(week => week.Key)
            .Select(week => new DataPoint(week.Key, Math.Round(100.0 * week.Count(e => e.Kind == DemandKind.Failure) / week.Count(), 1)))
            .ToList();
        return new Measure(MeasureId, "Failure demand", "%", HigherIsBetter: false,
            "The share of the demand logged each week (weeks start on Monday) that was failure demand.",
            Derived: true, weeks);
    }

    /// <summary>The Monday on or before the date.</summary>
    public static DateOnly WeekStarting(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
