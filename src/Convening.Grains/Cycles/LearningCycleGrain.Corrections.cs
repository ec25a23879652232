using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;

namespace Convening.Grains.Cycles;

/// <summary>
/// Correcting and removing data, and changing how a measure's chart is drawn. Every change needs a
/// reason and is remembered (who, when, what, why) beside the data it changed; what may change is
/// decided in <see cref="MeasureRules"/> and <see cref="CycleMeasures"/>.
/// </summary>
public sealed partial class LearningCycleGrain
{
    public async Task<Measure> EditMeasure(string measureId, EditMeasure command, string? callerId)
    {
        var editor = await Editor(callerId);
        var old = Data.Definition(measureId);
        var reason = CycleRules.Reason(command.Reason);
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
            changed = MeasureRules.Edited(old, command, settings, S.Measures, Data.PointsOf(measureId).Count > 0);
            S.Measures[S.Measures.FindIndex(m => m.Id == measureId)] = changed;
        }
        await state.Write(this);
        await Record(measureId, editor, MeasureRules.Describe(old, changed), reason);
        return Data.Current(measureId);
    }

    public async Task RemoveMeasure(string measureId, string reason, string? callerId)
    {
        var editor = await Steward(callerId, "remove a measure");
        var definition = Data.Editable(measureId);
        var why = CycleRules.Reason(reason);
        S.History.Add(new MeasureChange(clock.UtcNow, editor.Person, $"Removed the measure {definition.Name} and its {Data.PointsOf(measureId).Count} points", why));
        CycleMeasures.EnsureRoom(S.History);
        S.Measures.Remove(definition);
        await state.Write(this);
        measures.State.Points.Remove(measureId);
        measures.State.History.Remove(measureId);
        await measures.Write(this);
    }

    public async Task<Measure> CorrectDataPoint(string measureId, DateOnly date, DataPoint corrected, string reason, string? callerId)
    {
        var editor = await Editor(callerId);
        var data = Data;
        var definition = data.Editable(measureId);
        var why = CycleRules.Reason(reason);
        var old = PointOn(data, definition, date);
        var point = data.Checked(corrected, definition);
        if (point.Date != date && data.PointsOf(measureId).Any(p => p.Date == point.Date))
            throw new ConveningException("measure.duplicate-date", $"{definition.Name} already has a value on {point.Date:yyyy-MM-dd}. Correct that one instead.", ErrorKind.Conflict) { Field = "date" };
        await Save(definition, [point], removed: date,
            change: new(clock.UtcNow, editor.Person, $"Corrected {MeasureRules.Show(old)} to {MeasureRules.Show(point)}", why));
        return Data.Of(definition);
    }

    public async Task<Measure> RemoveDataPoint(string measureId, DateOnly date, string reason, string? callerId)
    {
        var editor = await Editor(callerId);
        var data = Data;
        var definition = data.Editable(measureId);
        var why = CycleRules.Reason(reason);
        var old = PointOn(data, definition, date);
        await Save(definition, [], removed: date, change: new(clock.UtcNow, editor.Person, $"Removed {MeasureRules.Show(old)}", why));
        return Data.Of(definition);
    }

    private static DataPoint PointOn(CycleMeasures data, MeasureDefinition definition, DateOnly date) =>
        data.PointsOf(definition.Id).Find(p => p.Date == date)
            ?? throw ConveningException.NotFound("measure.point-not-found", $"{definition.Name} has no value on {date:yyyy-MM-dd}.");

    public async Task<Measure> Recalculate(string measureId, Recalculate command, string? callerId)
    {
        var editor = await Steward(callerId, "recalculate a chart's limits");
        var definition = Data.Definition(measureId);
        var why = CycleRules.Reason(command.Reason);
        var recalculation = MeasureRules.Recalculation(command, why, definition, () => Data.Current(measureId).Points, S.Experiments, editor.Person, clock.UtcNow);
        await Replace(definition, definition with { Recalculations = [.. definition.Recalculations.Append(recalculation).OrderBy(r => r.From)] });
        await Record(measureId, editor, MeasureRules.Recalculated(recalculation, S.Experiments), why);
        return Data.Current(measureId);
    }

    public async Task<Measure> RemoveRecalculation(string measureId, DateOnly from, string reason, string? callerId)
    {
        var editor = await Steward(callerId, "remove a recalculation");
        var definition = Data.Definition(measureId);
        var why = CycleRules.Reason(reason);
        if (!definition.Recalculations.Any(r => r.From == from))
            throw ConveningException.NotFound("measure.recalculation-not-found", $"The limits are not recalculated from {from:yyyy-MM-dd}.");
        await Replace(definition, definition with { Recalculations = [.. definition.Recalculations.Where(r => r.From != from)] });
        await Record(measureId, editor, $"Removed the recalculation from {from:yyyy-MM-dd}", why);
        return Data.Current(measureId);
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
        Data.Remember(measureId, new MeasureChange(clock.UtcNow, editor.Person, what, why));
        await measures.Write(this);
    }
}
