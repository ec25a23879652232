using Convening.Contracts;
using Convening.Contracts.Cycles;

namespace Convening.Grains.Cycles;

public sealed partial class LearningCycleGrain
{
    public async Task<Experiment> AddExperiment(ExperimentPlan plan, string? callerId, string? requestId = null)
    {
        var editor = await Editor(callerId);
        requestId = RequestIds.Check(requestId);
        if (S.Requests.Find(editor.Person.Id, requestId) is { } added && S.Experiments.Find(e => e.Id == added) is { } experimentAdded)
            return experimentAdded;
        if (S.Experiments.Count >= CycleLimits.Experiments)
            throw new ConveningException("experiment.too-many", $"A cycle can have at most {CycleLimits.Experiments} experiments.");
        var now = clock.UtcNow;
        var experiment = new Experiment(NewId(), Checked(plan), null, editor.Person, now, now);
        S.Experiments.Add(experiment);
        S.Requests.Remember(editor.Person.Id, requestId, experiment.Id);
        await state.Write(this);
        return experiment;
    }

    public async Task<Experiment> UpdateExperiment(string experimentId, ExperimentPlan plan, string? callerId)
    {
        await Editor(callerId);
        var at = ExperimentAt(experimentId);
        S.Experiments[at] = S.Experiments[at] with { Plan = Checked(plan), UpdatedAt = clock.UtcNow };
        await state.Write(this);
        return S.Experiments[at];
    }

    public async Task<Experiment> RecordOutcome(string experimentId, ExperimentOutcome outcome, string? callerId)
    {
        await Editor(callerId);
        var at = ExperimentAt(experimentId);
        if (!Enum.IsDefined(outcome.Confidence))
            throw new ConveningException("experiment.bad-confidence", "Confidence is low, medium or high.");
        var checkedOutcome = new ExperimentOutcome(
            Check.Multiline(outcome.WhatHappened, "outcome", CycleLimits.ExperimentTextLength),
            Check.Multiline(outcome.WhatWeLearnt, "learning", CycleLimits.ExperimentTextLength),
            outcome.Confidence);
        S.Experiments[at] = S.Experiments[at] with { Outcome = checkedOutcome, UpdatedAt = clock.UtcNow };
        await state.Write(this);
        return S.Experiments[at];
    }

    private int ExperimentAt(string experimentId) =>
        S.Experiments.FindIndex(e => e.Id == experimentId) is var at and >= 0
            ? at
            : throw ConveningException.NotFound("experiment.not-found", "There is no such experiment in this cycle.");

    private static ExperimentPlan Checked(ExperimentPlan plan)
    {
        if (plan.StartsOn is { } starts && plan.EndsOn is { } ends && ends < starts)
            throw new ConveningException("experiment.ends-before-start", "The end date must be on or after the start date.");
        return new ExperimentPlan(
            Check.Text(plan.Change, "change", Limits.ShortText),
            Check.OptionalMultiline(plan.Why, "why", CycleLimits.ExperimentTextLength),
            Check.OptionalMultiline(plan.Prediction, "prediction", CycleLimits.ExperimentTextLength),
            Check.Optional(plan.Who, "who", Limits.ShortText),
            CheckDate(plan.StartsOn, "experiment"),
            CheckDate(plan.EndsOn, "experiment"));
    }

    private static DateOnly? CheckDate(DateOnly? date, string feature) =>
        date is { } d && (d < CycleLimits.EarliestDate || d > CycleLimits.LatestDate)
            ? throw new ConveningException($"{feature}.date-out-of-range", $"Dates must be between {CycleLimits.EarliestDate:yyyy} and {CycleLimits.LatestDate:yyyy}.")
            : date;

    private static string NewId() => Guid.NewGuid().ToString("N")[..12];
}
