using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;

namespace Convening.Grains.Cycles;

/// <summary>
/// The measure the demand log makes automatically: each week's share of demand that was failure
/// demand, a proportion drawn as a p-chart from each week's failure count and total. Computed when
/// read, so it can never disagree with the log it comes from.
/// </summary>
internal static class FailureDemand
{
    public const string MeasureId = "failure-demand";
    private const string Name = "Failure demand";

    public static readonly MeasureDefinition Definition = new(MeasureId, Name, "%", HigherIsBetter: false,
        "The share of the demand logged each week (weeks start on Monday) that was failure demand.")
    { Settings = MeasureSettings.Default(ImprovementDirection.Decrease, ChartKind.P) };

    public static Measure? Measure(IReadOnlyCollection<DemandEntry> entries, MeasureDefinition? stored, IReadOnlyList<MeasureChange> history)
    {
        if (entries.Count == 0)
            return null;
        var weeks = entries
            .GroupBy(e => WeekStarting(e.Date))
            .OrderBy(week => week.Key)
            .Select(week => Week(week.Key, week.Count(e => e.Kind == DemandKind.Failure), week.Count()))
            .ToList();
        var d = stored ?? Definition;
        return new Measure(MeasureId, Name, "%", Definition.Description, Derived: true, weeks, d.Effective, d.Recalculations, history);
    }

    private static DataPoint Week(DateOnly monday, int failures, int all) =>
        new(monday, Math.Round(100.0 * failures / all, 1), failures, all);

    /// <summary>The Monday on or before the date.</summary>
    public static DateOnly WeekStarting(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
