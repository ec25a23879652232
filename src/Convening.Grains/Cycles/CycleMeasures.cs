using Convening.Contracts;
using Convening.Contracts.Cycles;

namespace Convening.Grains.Cycles;

/// <summary>
/// A cycle's measures as they are now, read from its three stored parts (the definitions, the points
/// and their history, the demand log) and nothing else: which measure an id names, its points and
/// chart, whether a value or a demand date may be recorded today, and where points merge. The grain
/// stores what is decided here; this class stores nothing, except that <see cref="Remember"/> adds to
/// a history the grain then writes.
/// </summary>
/// <param name="today">The day of the decision (dates may not be in the future).</param>
internal sealed class CycleMeasures(CycleState cycle, MeasurePointsState measures, DemandState demand, DateOnly today)
{
    /// <summary>A measure's definition; the failure-demand measure's keeps only its chart settings and change points.</summary>
    public MeasureDefinition Definition(string measureId) =>
        measureId == FailureDemand.MeasureId ? cycle.FailureDemand ?? FailureDemand.Definition
        : cycle.Measures.Find(m => m.Id == measureId)
            ?? throw ConveningException.NotFound("measure.not-found", "There is no such measure in this cycle.");

    /// <summary>A measure whose points people enter (not the one the demand log makes).</summary>
    public MeasureDefinition Editable(string measureId)
    {
        if (measureId == FailureDemand.MeasureId)
            throw new ConveningException("measure.derived", "The failure demand measure comes from the demand log. Log demand to change it.");
        return Definition(measureId);
    }

    /// <summary>Every measure with its points, failure demand first once demand is logged.</summary>
    public IReadOnlyList<Measure> All()
    {
        var all = cycle.Measures.Select(Of).ToList();
        if (FailureDemand.Measure(demand.Entries, cycle.FailureDemand, HistoryOf(FailureDemand.MeasureId)) is { } failure)
            all.Insert(0, failure);
        return all;
    }

    /// <summary>One measure as it is now, failure demand included.</summary>
    public Measure Current(string measureId) => All().FirstOrDefault(m => m.Id == measureId)
        ?? (measureId == FailureDemand.MeasureId
            ? throw ConveningException.NotFound("measure.not-found", "There is no failure demand measure until demand is logged.")
            : Of(Definition(measureId)));

    public Measure Of(MeasureDefinition d) =>
        new(d.Id, d.Name, d.Unit, d.Description, Derived: false, PointsOf(d.Id), d.Effective, d.Recalculations, HistoryOf(d.Id));

    public List<DataPoint> PointsOf(string measureId) =>
        measures.Points.TryGetValue(measureId, out var points) ? points : [];

    private List<MeasureChange> HistoryOf(string measureId) =>
        measures.History.TryGetValue(measureId, out var history) ? history : [];

    /// <summary>A point as the measure's chart needs it, or the refusal with the form field it concerns.</summary>
    public DataPoint Checked(DataPoint point, MeasureDefinition definition)
    {
        var (ok, code, message) = Check(point, definition);
        return ok ?? throw new ConveningException(code!, message!) { Field = code!.StartsWith("measure.date", StringComparison.Ordinal) ? "date" : "value" };
    }

    /// <summary>The check for one point, answered rather than thrown (a CSV lists every row's problem).</summary>
    public (DataPoint? Point, string? Code, string? Message) Check(DataPoint point, MeasureDefinition definition) =>
        MeasurePoints.Check(point, definition.Effective.Kind, EarliestDataDate(), today);

    /// <summary>
    /// The measure's points with <paramref name="added"/> merged in date order (a point on a date already
    /// there replaces it) and the point on <paramref name="removed"/> taken out.
    /// </summary>
    public List<DataPoint> Merged(MeasureDefinition definition, IReadOnlyList<DataPoint> added, DateOnly? removed)
    {
        var byDate = PointsOf(definition.Id).ToDictionary(p => p.Date);
        if (removed is { } gone && !byDate.Remove(gone))
            throw ConveningException.NotFound("measure.point-not-found", $"{definition.Name} has no value on {gone:yyyy-MM-dd}.");
        foreach (var point in added)
            byDate[point.Date] = point;
        if (byDate.Count > CycleLimits.PointsPerMeasure)
            throw new ConveningException("measure.too-many-points", $"A measure can have at most {CycleLimits.PointsPerMeasure:N0} data points; this would make {byDate.Count:N0}.");
        return [.. byDate.Values.OrderBy(p => p.Date)];
    }

    /// <summary>Adds a change to a measure's history, unless that history is full.</summary>
    public void Remember(string measureId, MeasureChange change)
    {
        if (!measures.History.TryGetValue(measureId, out var history))
            measures.History[measureId] = history = [];
        if (history.Count >= CycleLimits.HistoryEntries)
            throw new ConveningException("measure.history-full", $"This measure has had {CycleLimits.HistoryEntries:N0} corrections. Start a new measure to keep its history readable.");
        history.Add(change);
    }

    /// <summary>A cycle's own history (removed measures, the demand log's corrections) has the same limit.</summary>
    public static void EnsureRoom(List<MeasureChange> history)
    {
        if (history.Count > CycleLimits.HistoryEntries)
            throw new ConveningException("cycle.history-full", $"This cycle has had {CycleLimits.HistoryEntries:N0} corrections.");
    }

    /// <summary>A demand's date: not in the future, not long before the cycle.</summary>
    public DateOnly DemandDate(DateOnly date)
    {
        if (date > today)
            throw new ConveningException("demand.date-in-future", $"{date:yyyy-MM-dd} is in the future. Log demand once it has been made.") { Field = "date" };
        if (date < EarliestDataDate())
            throw new ConveningException("demand.date-too-early", $"{date:yyyy-MM-dd} is too long before the cycle: demand can go back to {EarliestDataDate():yyyy-MM-dd}.") { Field = "date" };
        return date;
    }

    public int DemandIndex(string entryId)
    {
        var index = demand.Entries.FindIndex(e => e.Id == entryId);
        return index >= 0 ? index : throw ConveningException.NotFound("demand.not-found", "There is no such demand entry in this cycle.");
    }

    /// <summary>Baselines often come from before a cycle starts, but not from decades before it.</summary>
    private DateOnly EarliestDataDate() => DateOnly.FromDateTime(cycle.StartedAt.UtcDateTime).AddYears(-CycleLimits.YearsBeforeCycle);
}
