using Convening.Contracts;
using Convening.Contracts.Cycles;

namespace Convening.Grains.Cycles;

/// <summary>
/// What the group tries (experiments, planned then with their outcome) and what people ask for (the
/// demand log, as value or failure demand, whose entries can be corrected or removed, with why).
/// What is allowed is decided in <see cref="CycleRules"/> and <see cref="CycleMeasures"/>.
/// </summary>
public sealed partial class LearningCycleGrain
{
    public async Task<Experiment> AddExperiment(ExperimentPlan plan, string? callerId, string? requestId = null)
    {
        var editor = await Editor(callerId);
        requestId = RequestIds.Check(requestId);
        if (S.Requests.Find(editor.Person.Id, requestId) is { } added && S.Experiments.Find(e => e.Id == added) is { } experimentAdded)
            return experimentAdded;
        CycleRules.EnsureRoomForExperiment(S);
        var now = clock.UtcNow;
        var experiment = new Experiment(CycleRules.NewId(), CycleRules.Checked(plan), null, editor.Person, now, now);
        S.Experiments.Add(experiment);
        S.Requests.Remember(editor.Person.Id, requestId, experiment.Id);
        await state.Write(this);
        return experiment;
    }

    public async Task<Experiment> UpdateExperiment(string experimentId, ExperimentPlan plan, string? callerId)
    {
        await Editor(callerId);
        var at = CycleRules.ExperimentAt(S, experimentId);
        S.Experiments[at] = S.Experiments[at] with { Plan = CycleRules.Checked(plan), UpdatedAt = clock.UtcNow };
        await state.Write(this);
        return S.Experiments[at];
    }

    public async Task<Experiment> RecordOutcome(string experimentId, ExperimentOutcome outcome, string? callerId)
    {
        await Editor(callerId);
        var at = CycleRules.ExperimentAt(S, experimentId);
        S.Experiments[at] = S.Experiments[at] with { Outcome = CycleRules.Checked(outcome), UpdatedAt = clock.UtcNow };
        await state.Write(this);
        return S.Experiments[at];
    }

    public async Task<DemandEntry> LogDemand(LogDemand command, string? callerId)
    {
        var editor = await Editor(callerId);
        var requestId = RequestIds.Check(command.RequestId);
        if (demand.State.Requests.Find(editor.Person.Id, requestId) is { } logged && demand.State.Entries.Find(e => e.Id == logged) is { } entered)
            return entered;
        CycleRules.EnsureRoomForDemand(demand.State);
        var kind = CycleRules.Kind(command.Kind);
        var entry = new DemandEntry(CycleRules.NewId(), Data.DemandDate(command.Date), CycleRules.DemandWords(command.Words), kind,
            editor.Person, clock.UtcNow);
        demand.State.Entries.Add(entry);
        demand.State.Requests.Remember(editor.Person.Id, requestId, entry.Id);
        await demand.Write(this);
        return entry;
    }

    public async Task<DemandEntry> CorrectDemand(string entryId, LogDemand corrected, string reason, string? callerId)
    {
        var editor = await Editor(callerId);
        var why = CycleRules.Reason(reason);
        var index = Data.DemandIndex(entryId);
        var old = demand.State.Entries[index];
        var kind = CycleRules.Kind(corrected.Kind);
        var entry = old with { Date = Data.DemandDate(corrected.Date), Words = CycleRules.DemandWords(corrected.Words), Kind = kind };
        RememberDemand(new(clock.UtcNow, editor.Person, $"Corrected the demand logged for {old.Date:yyyy-MM-dd} ({old.Kind} demand) to {entry.Date:yyyy-MM-dd} ({entry.Kind} demand)", why));
        demand.State.Entries[index] = entry;
        await demand.Write(this);
        return entry;
    }

    public async Task RemoveDemand(string entryId, string reason, string? callerId)
    {
        var editor = await Editor(callerId);
        var why = CycleRules.Reason(reason);
        var index = Data.DemandIndex(entryId);
        var old = demand.State.Entries[index];
        RememberDemand(new(clock.UtcNow, editor.Person, $"Removed the demand logged for {old.Date:yyyy-MM-dd} ({old.Kind} demand)", why));
        demand.State.Entries.RemoveAt(index);
        await demand.Write(this);
    }

    private void RememberDemand(MeasureChange change)
    {
        demand.State.History.Add(change);
        CycleMeasures.EnsureRoom(demand.State.History);
    }
}
