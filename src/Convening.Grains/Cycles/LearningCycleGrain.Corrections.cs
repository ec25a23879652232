using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;

namespace Convening.Grains.Cycles;

/// <summary>
/// Correcting and removing data, and changing how a measure's chart is drawn. Every change needs a
/// reason and is remembered (who, when, what, why) beside the data it changed; what may change is
/// decided in <see cref="MeasureRules"/>.
/// </summary>
public sealed partial class LearningCycleGrain
{
    public async Task<Measure> EditMeasure(string measureId, EditMeasure command, string? callerId)
    {
        var editor = await Editor(callerId);
        var old = Definition(measureId);
        var reason = Reason(command.Reason);
        var settings = MeasureRules.CheckSettings(command.Settings ?? throw new ConveningException("measure.bad-settings", "Say how the chart is drawn."));
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
            changed = MeasureRules.Edited(old, command, settings, S.Measures, PointsOf(measureId).Count > 0);
            S.Measures[S.Measures.FindIndex(m => m.Id == measureId)] = changed;
        }
        await state.Write(this);
        await Record(measureId, editor, MeasureRules.Describe(old, changed), reason);
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
        await state.Write(this);
        measures.State.Points.Remove(measureId);
        measures.State.History.Remove(measureId);
        await measures.Write(this);
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
            change: new(clock.UtcNow, editor.Person, $"Corrected {MeasureRules.Show(old)} to {MeasureRules.Show(point)}", why));
        return MeasureOf(definition);
    }

    public async Task<Measure> RemoveDataPoint(string measureId, DateOnly date, string reason, string? callerId)
    {
        var editor = await Editor(callerId);
        var definition = Editable(measureId);
        var why = Reason(reason);
        var old = PointsOf(measureId).Find(p => p.Date == date)
            ?? throw ConveningException.NotFound("measure.point-not-found", $"{definition.Name} has no value on {date:yyyy-MM-dd}.");
        await Save(definition, [], removed: date, change: new(clock.UtcNow, editor.Person, $"Removed {MeasureRules.Show(old)}", why));
        return MeasureOf(definition);
    }

    public async Task<Measure> Recalculate(string measureId, Recalculate command, string? callerId)
    {
        var editor = await Steward(callerId, "recalculate a chart's limits");
        var definition = Definition(measureId);
        var why = Reason(command.Reason);
        var recalculation = MeasureRules.Recalculation(command, why, definition, () => Current(measureId).Points, S.Experiments, editor.Person, clock.UtcNow);
        await Replace(definition, definition with { Recalculations = [.. definition.Recalculations.Append(recalculation).OrderBy(r => r.From)] });
        await Record(measureId, editor, MeasureRules.Recalculated(recalculation, S.Experiments), why);
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
        await state.Write(this);
    }

    private async Task Record(string measureId, Editing editor, string what, string why)
    {
        Remember(measureId, new MeasureChange(clock.UtcNow, editor.Person, what, why));
        await measures.Write(this);
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
}
