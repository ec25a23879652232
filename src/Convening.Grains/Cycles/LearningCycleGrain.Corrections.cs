using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;

namespace Convening.Grains.Cycles;

/// <summary>
/// Correcting and removing data, and changing how a measure's chart is drawn. Every change needs a
/// reason and is remembered (who, when, what, why) beside the data it changed.
/// </summary>
public sealed partial class LearningCycleGrain
{
    public async Task<Measure> EditMeasure(string measureId, EditMeasure command, string? callerId)
    {
        var editor = await Editor(callerId);
        var old = Definition(measureId);
        var reason = Reason(command.Reason);
        var settings = CheckSettings(command.Settings ?? throw new ConveningException("measure.bad-settings", "Say how the chart is drawn."));
        MeasureDefinition changed;
        if (measureId == FailureDemand.MeasureId)
        {
            if (settings.Kind != ChartKind.P)
                throw new ConveningException("measure.derived", "Failure demand is a share of the demand logged, so it is always a p-chart.") { Field = "kind" };
            changed = old with { Settings = settings };
            S.FailureDemand = changed;
        }
        else
        {
            var name = Check.Text(command.Name, "name", Limits.NameLength);
            if (S.Measures.Any(m => m.Id != measureId && m.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                throw ConveningException.Conflict("measure.name-taken", $"This cycle already has a measure called '{name}'.");
            if (settings.Kind is ChartKind.P or ChartKind.U && settings.Kind != old.Effective.Kind && PointsOf(measureId).Count > 0)
                throw new ConveningException("measure.kind-needs-denominators", "The points so far have no denominators. Start a new measure for the proportion or rate, or remove the points first.") { Field = "kind" };
            changed = old with
            {
                Name = name,
                Unit = Check.Optional(command.Unit, "unit", CycleLimits.UnitLength),
                Description = Check.OptionalMultiline(command.Description, "description", Limits.NoteLength),
                HigherIsBetter = settings.Direction == ImprovementDirection.Increase,
                Settings = settings,
            };
            S.Measures[S.Measures.FindIndex(m => m.Id == measureId)] = changed;
        }
        await state.WriteStateAsync();
        await Record(measureId, editor, Describe(old, changed), reason);
        return Current(measureId);
    }

    public async Task RemoveMeasure(string measureId, string reason, string? callerId)
    {
        var editor = await Steward(callerId, "remove a measure");
        var definition = Editable(measureId);
        var why = Reason(reason);
        S.History.Add(new MeasureChange(clock.UtcNow, editor.Person, $"Removed the measure {definition.Name} and its {PointsOf(measureId).Count} points", why));
        TrimHistory(S.History);
        S.Measures.Remove(definition);
        await state.WriteStateAsync();
        measures.State.Points.Remove(measureId);
        measures.State.History.Remove(measureId);
        await measures.WriteStateAsync();
    }

    public async Task<Measure> CorrectDataPoint(string measureId, DateOnly date, DataPoint corrected, string reason, string? callerId)
    {
        var editor = await Editor(callerId);
        var definition = Editable(measureId);
        var why = Reason(reason);
        var old = PointsOf(measureId).Find(p => p.Date == date)
            ?? throw ConveningException.NotFound("measure.point-not-found", $"{definition.Name} has no value on {date:yyyy-MM-dd}.");
        var point = Checked(corrected, definition);
        if (point.Date != date && PointsOf(measureId).Any(p => p.Date == point.Date))
            throw new ConveningException("measure.duplicate-date", $"{definition.Name} already has a value on {point.Date:yyyy-MM-dd}. Correct that one instead.", ErrorKind.Conflict) { Field = "date" };
        await Save(definition, [point], removed: date,
            change: new(clock.UtcNow, editor.Person, $"Corrected {Show(old)} to {Show(point)}", why));
        return MeasureOf(definition);
    }

    public async Task<Measure> RemoveDataPoint(string measureId, DateOnly date, string reason, string? callerId)
    {
        var editor = await Editor(callerId);
        var definition = Editable(measureId);
        var why = Reason(reason);
        var old = PointsOf(measureId).Find(p => p.Date == date)
            ?? throw ConveningException.NotFound("measure.point-not-found", $"{definition.Name} has no value on {date:yyyy-MM-dd}.");
        await Save(definition, [], removed: date, change: new(clock.UtcNow, editor.Person, $"Removed {Show(old)}", why));
        return MeasureOf(definition);
    }

    public async Task<Measure> Recalculate(string measureId, Recalculate command, string? callerId)
    {
        var editor = await Steward(callerId, "recalculate a chart's limits");
        var definition = Definition(measureId);
        var why = Reason(command.Reason);
        var experiment = string.IsNullOrWhiteSpace(command.ExperimentId) ? null
            : S.Experiments.Find(e => e.Id == command.ExperimentId)
                ?? throw ConveningException.NotFound("measure.experiment-not-found", "There is no such experiment in this cycle.");
        var decision = Check.OptionalMultiline(command.Decision, "decision", CycleLimits.ReasonLength);
        if (experiment is null && decision.Length == 0)
            throw new ConveningException("measure.recalculation-unlinked", "Say which experiment or decision changed the process: limits are recalculated only for a recorded change.") { Field = "experiment" };
        var points = Current(measureId).Points;
        if (!points.Any(p => p.Date < command.From))
            throw new ConveningException("measure.recalculation-at-start", "A recalculation starts after the first point: the limits before it come from the baseline.") { Field = "from" };
        if (!points.Any(p => p.Date >= command.From))
            throw new ConveningException("measure.recalculation-no-data", $"There is no data on or after {command.From:yyyy-MM-dd} to recalculate the limits from.") { Field = "from" };
        if (definition.Recalculations.Any(r => r.From == command.From))
            throw ConveningException.Conflict("measure.recalculation-exists", $"The limits are already recalculated from {command.From:yyyy-MM-dd}.");
        if (definition.Recalculations.Count >= CycleLimits.Recalculations)
            throw new ConveningException("measure.too-many-recalculations", $"A measure can have at most {CycleLimits.Recalculations} recalculations.");
        var recalculation = new Recalculation(command.From, why, experiment?.Id, decision.Length == 0 ? null : decision, editor.Person, clock.UtcNow);
        await Replace(definition, definition with { Recalculations = [.. definition.Recalculations.Append(recalculation).OrderBy(r => r.From)] });
        await Record(measureId, editor, $"Recalculated the limits from {command.From:yyyy-MM-dd}" + (experiment is null ? "" : $" (experiment: {experiment.Plan.Change})"), why);
        return Current(measureId);
    }

    public async Task<Measure> RemoveRecalculation(string measureId, DateOnly from, string reason, string? callerId)
    {
        var editor = await Steward(callerId, "remove a recalculation");
        var definition = Definition(measureId);
        var why = Reason(reason);
        if (!definition.Recalculations.Any(r => r.From == from))
            throw ConveningException.NotFound("measure.recalculation-not-found", $"The limits are not recalculated from {from:yyyy-MM-dd}.");
        await Replace(definition, definition with { Recalculations = [.. definition.Recalculations.Where(r => r.From != from)] });
        await Record(measureId, editor, $"Removed the recalculation from {from:yyyy-MM-dd}", why);
        return Current(measureId);
    }

    public async Task<DemandEntry> CorrectDemand(string entryId, LogDemand corrected, string reason, string? callerId)
    {
        var editor = await Editor(callerId);
        var why = Reason(reason);
        var index = DemandIndex(entryId);
        var old = demand.State.Entries[index];
        if (!Enum.IsDefined(corrected.Kind))
            throw new ConveningException("demand.bad-kind", "Demand is value demand or failure demand.");
        var entry = old with
        {
            Date = DemandDate(corrected.Date),
            Words = Check.Multiline(corrected.Words, "demand", CycleLimits.DemandWordsLength),
            Kind = corrected.Kind,
        };
        RememberDemand(new(clock.UtcNow, editor.Person, $"Corrected the demand logged for {old.Date:yyyy-MM-dd} ({old.Kind} demand) to {entry.Date:yyyy-MM-dd} ({entry.Kind} demand)", why));
        demand.State.Entries[index] = entry;
        await demand.WriteStateAsync();
        return entry;
    }

    public async Task RemoveDemand(string entryId, string reason, string? callerId)
    {
        var editor = await Editor(callerId);
        var why = Reason(reason);
        var index = DemandIndex(entryId);
        var old = demand.State.Entries[index];
        RememberDemand(new(clock.UtcNow, editor.Person, $"Removed the demand logged for {old.Date:yyyy-MM-dd} ({old.Kind} demand)", why));
        demand.State.Entries.RemoveAt(index);
        await demand.WriteStateAsync();
    }

    /// <summary>A demand's date: not in the future, not long before the cycle.</summary>
    private DateOnly DemandDate(DateOnly date)
    {
        if (date > Today())
            throw new ConveningException("demand.date-in-future", $"{date:yyyy-MM-dd} is in the future. Log demand once it has been made.") { Field = "date" };
        if (date < EarliestDataDate())
            throw new ConveningException("demand.date-too-early", $"{date:yyyy-MM-dd} is too long before the cycle: demand can go back to {EarliestDataDate():yyyy-MM-dd}.") { Field = "date" };
        return date;
    }

    private int DemandIndex(string entryId)
    {
        var index = demand.State.Entries.FindIndex(e => e.Id == entryId);
        return index >= 0 ? index : throw ConveningException.NotFound("demand.not-found", "There is no such demand entry in this cycle.");
    }

    private void RememberDemand(MeasureChange change)
    {
        demand.State.History.Add(change);
        TrimHistory(demand.State.History);
    }

    private MeasureSettings CheckSettings(MeasureSettings settings)
    {
        if (!Enum.IsDefined(settings.Direction))
            throw new ConveningException("measure.bad-direction", "Say whether higher or lower is better, or neither.") { Field = "direction" };
        if (!Enum.IsDefined(settings.Kind))
            throw new ConveningException("measure.bad-kind", "A chart is an XmR, p-, c- or u-chart.") { Field = "kind" };
        if (settings.BaselinePoints < SpcSettings.MinimumForLimits || settings.BaselinePoints > SpcSettings.MaximumBaseline)
            throw new ConveningException("measure.bad-baseline", $"A baseline is between {SpcSettings.MinimumForLimits} and {SpcSettings.MaximumBaseline} points: fewer give limits too rough to trust.") { Field = "baseline" };
        if (settings.Target is { } target && !double.IsFinite(target))
            throw new ConveningException("measure.bad-target", "A target must be a number.") { Field = "target" };
        return settings;
    }

    private static string Reason(string? reason) => Check.Multiline(reason, "reason", CycleLimits.ReasonLength);

    /// <summary>Only the cycle's steward or a group convenor may rewrite a chart's history of limits or remove a measure.</summary>
    private async Task<Editing> Steward(string? callerId, string what)
    {
        var editor = await Editor(callerId);
        if (!MayMoveStage(editor.Person.Id, editor.Role))
            throw ConveningException.Forbidden("cycle.not-steward", $"Only the cycle's steward or the group's convenors can {what}.");
        return editor;
    }

    private async Task Replace(MeasureDefinition old, MeasureDefinition changed)
    {
        if (old.Id == FailureDemand.MeasureId)
            S.FailureDemand = changed;
        else
            S.Measures[S.Measures.IndexOf(old)] = changed;
        await state.WriteStateAsync();
    }

    private async Task Record(string measureId, Editing editor, string what, string why)
    {
        Remember(measureId, new MeasureChange(clock.UtcNow, editor.Person, what, why));
        await measures.WriteStateAsync();
    }

    private void Remember(string measureId, MeasureChange change)
    {
        if (!measures.State.History.TryGetValue(measureId, out var history))
            measures.State.History[measureId] = history = [];
        if (history.Count >= CycleLimits.HistoryEntries)
            throw new ConveningException("measure.history-full", $"This measure has had {CycleLimits.HistoryEntries:N0} corrections. Start a new measure to keep its history readable.");
        history.Add(change);
    }

    private static void TrimHistory(List<MeasureChange> history)
    {
        if (history.Count > CycleLimits.HistoryEntries)
            throw new ConveningException("cycle.history-full", $"This cycle has had {CycleLimits.HistoryEntries:N0} corrections.");
    }

    private Measure Current(string measureId) => AllMeasures().FirstOrDefault(m => m.Id == measureId)
        ?? (measureId == FailureDemand.MeasureId
            ? throw ConveningException.NotFound("measure.not-found", "There is no failure demand measure until demand is logged.")
            : MeasureOf(Definition(measureId)));

    private static string Show(DataPoint p) =>
        $"{p.Date:yyyy-MM-dd}: " + (p.Denominator is { } d ? $"{p.Numerator} of {d}" : p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Describe(MeasureDefinition old, MeasureDefinition now)
    {
        var changes = new List<string>();
        if (old.Name != now.Name) changes.Add($"name '{old.Name}' to '{now.Name}'");
        if (old.Unit != now.Unit) changes.Add($"unit '{old.Unit}' to '{now.Unit}'");
        if (old.Description != now.Description) changes.Add("description");
        var (a, b) = (old.Effective, now.Effective);
        if (a.Direction != b.Direction) changes.Add($"improvement direction {a.Direction} to {b.Direction}");
        if (a.Target != b.Target) changes.Add($"target {a.Target?.ToString() ?? "none"} to {b.Target?.ToString() ?? "none"}");
        if (a.BaselinePoints != b.BaselinePoints) changes.Add($"baseline {a.BaselinePoints} to {b.BaselinePoints} points");
        if (a.ScreenOutliers != b.ScreenOutliers) changes.Add(b.ScreenOutliers ? "outlier screening on" : "outlier screening off");
        if (a.Kind != b.Kind) changes.Add($"chart {a.Kind} to {b.Kind}");
        return changes.Count == 0 ? "Saved the measure unchanged" : "Changed " + string.Join(", ", changes);
    }
}
