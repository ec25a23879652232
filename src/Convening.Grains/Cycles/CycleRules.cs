using Convening.Contracts;
using Convening.Contracts.Cycles;

namespace Convening.Grains.Cycles;

/// <summary>
/// What may change about a cycle's stages, experiments and demand log, decided against the cycle as
/// it is and nothing else (no storage, no other grain), like <see cref="MeasureRules"/>: each returns
/// the checked value or throws the refusal with its stable code; the grain stores the answer.
/// </summary>
internal static class CycleRules
{
    /// <summary>The stage a cycle moves to: a real stage, one step from where it is.</summary>
    public static CycleStage Move(CycleState cycle, CycleStage to)
    {
        Defined(to);
        if (to == cycle.Stage)
            throw ConveningException.Conflict("cycle.stage-unchanged", $"The cycle is already at the {to} stage.");
        if (Math.Abs(to - cycle.Stage) != 1)
            throw new ConveningException("cycle.stage-skip", $"A cycle moves one stage at a time: from {cycle.Stage} it can go to the next or the previous stage.");
        return to;
    }

    /// <summary>What a stage produced, once the cycle has reached that stage.</summary>
    public static StageOutput Output(CycleState cycle, CycleStage stage, string output, CyclePerson by, DateTimeOffset at)
    {
        Defined(stage);
        if (stage > cycle.Furthest)
            throw ConveningException.Conflict("cycle.stage-not-reached", $"The cycle has not reached the {stage} stage yet.");
        return new StageOutput(Check.OptionalMultiline(output, "output", CycleLimits.StageOutputLength), by, at);
    }

    private static void Defined(CycleStage stage)
    {
        if (!Enum.IsDefined(stage))
            throw new ConveningException("cycle.bad-stage", "A stage is understand, plan, try, reflect or share.");
    }

    /// <summary>"Board: " and the question, shortened to fit a board's title.</summary>
    public static string BoardTitle(string question)
    {
        var title = "Board: " + question;
        return title.Length <= Limits.NameLength ? title : title[..(Limits.NameLength - 1)].TrimEnd() + "…";
    }

    public static void EnsureRoomForExperiment(CycleState cycle)
    {
        if (cycle.Experiments.Count >= CycleLimits.Experiments)
            throw new ConveningException("experiment.too-many", $"A cycle can have at most {CycleLimits.Experiments} experiments.");
    }

    public static int ExperimentAt(CycleState cycle, string experimentId) =>
        cycle.Experiments.FindIndex(e => e.Id == experimentId) is var at and >= 0
            ? at
            : throw ConveningException.NotFound("experiment.not-found", "There is no such experiment in this cycle.");

    public static ExperimentPlan Checked(ExperimentPlan plan)
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

    public static ExperimentOutcome Checked(ExperimentOutcome outcome)
    {
        if (!Enum.IsDefined(outcome.Confidence))
            throw new ConveningException("experiment.bad-confidence", "Confidence is low, medium or high.");
        return new ExperimentOutcome(
            Check.Multiline(outcome.WhatHappened, "outcome", CycleLimits.ExperimentTextLength),
            Check.Multiline(outcome.WhatWeLearnt, "learning", CycleLimits.ExperimentTextLength),
            outcome.Confidence);
    }

    private static DateOnly? CheckDate(DateOnly? date, string feature) =>
        date is { } d && (d < CycleLimits.EarliestDate || d > CycleLimits.LatestDate)
            ? throw new ConveningException($"{feature}.date-out-of-range", $"Dates must be between {CycleLimits.EarliestDate:yyyy} and {CycleLimits.LatestDate:yyyy}.")
            : date;

    public static void EnsureRoomForDemand(DemandState demand)
    {
        if (demand.Entries.Count >= CycleLimits.DemandEntries)
            throw new ConveningException("demand.too-many", $"A cycle's demand log can hold {CycleLimits.DemandEntries:N0} entries. Start a new cycle to keep learning.");
    }

    public static DemandKind Kind(DemandKind kind) => Enum.IsDefined(kind)
        ? kind
        : throw new ConveningException("demand.bad-kind", "Demand is value demand or failure demand.");

    public static string DemandWords(string words) => Check.Multiline(words, "demand", CycleLimits.DemandWordsLength);

    /// <summary>Why data was corrected or removed: every such change needs one.</summary>
    public static string Reason(string? reason) => Check.Multiline(reason, "reason", CycleLimits.ReasonLength);

    public static string NewId() => Guid.NewGuid().ToString("N")[..12];
}
