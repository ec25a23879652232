using Convening.Contracts.Cycles.Spc;

namespace Convening.Contracts.Cycles;

[GenerateSerializer, Immutable, Alias("convening.start-cycle")]
public sealed record StartCycle(
    [property: Id(0)] string GroupId,
    [property: Id(1)] string Question,
    [property: Id(2)] string Purpose,
    [property: Id(3)] string Involved,
    [property: Id(4)] CycleLinkRequest? LinkTo = null)
{
    /// <summary>Optional: see <see cref="RequestIds"/>. The cycle's id is made from it, so starting again with the same id answers with the cycle the first request started.</summary>
    [Id(5)] public string? RequestId { get; init; }
}

/// <summary>A link made as a cycle starts: the other cycle and how it relates to the new one.</summary>
[GenerateSerializer, Immutable, Alias("convening.cycle-link-request")]
public sealed record CycleLinkRequest(
    [property: Id(0)] string OtherCycleId,
    [property: Id(1)] CycleRelation Relation);

[GenerateSerializer, Immutable, Alias("convening.update-cycle")]
public sealed record UpdateCycle(
    [property: Id(0)] string Question,
    [property: Id(1)] string Purpose,
    [property: Id(2)] string Involved);

/// <summary>What the group means to try; <see cref="Change"/> labels the experiment on charts.</summary>
[GenerateSerializer, Immutable, Alias("convening.experiment-plan")]
public sealed record ExperimentPlan(
    [property: Id(0)] string Change,
    [property: Id(1)] string Why,
    [property: Id(2)] string Prediction,
    [property: Id(3)] string Who,
    [property: Id(4)] DateOnly? StartsOn,
    [property: Id(5)] DateOnly? EndsOn);

[GenerateSerializer, Immutable, Alias("convening.experiment-outcome")]
public sealed record ExperimentOutcome(
    [property: Id(0)] string WhatHappened,
    [property: Id(1)] string WhatWeLearnt,
    [property: Id(2)] Confidence Confidence);

/// <summary>A new measure; <see cref="Direction"/>, when given, overrides <see cref="HigherIsBetter"/> (for "neither").</summary>
[GenerateSerializer, Immutable, Alias("convening.new-measure")]
public sealed record NewMeasure(
    [property: Id(0)] string Name,
    [property: Id(1)] string Unit,
    [property: Id(2)] bool HigherIsBetter,
    [property: Id(3)] string Description,
    [property: Id(4)] ImprovementDirection? Direction = null,
    [property: Id(5)] ChartKind Kind = ChartKind.Xmr)
{
    /// <summary>Optional: see <see cref="RequestIds"/>. Adding again with the same id answers with the measure the first request added.</summary>
    [Id(6)] public string? RequestId { get; init; }
}

/// <summary>
/// One value on a date. On p- and u-charts the value is worked out from <see cref="Numerator"/> and
/// <see cref="Denominator"/> (a percentage, or a rate per unit of the denominator).
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.data-point")]
public sealed record DataPoint(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] double Value,
    [property: Id(2)] double? Numerator = null,
    [property: Id(3)] double? Denominator = null);

/// <summary>A measure's name, description and how its chart is drawn, all changed at once, with why.</summary>
[GenerateSerializer, Immutable, Alias("convening.edit-measure")]
public sealed record EditMeasure(
    [property: Id(0)] string Name,
    [property: Id(1)] string Unit,
    [property: Id(2)] string Description,
    [property: Id(3)] MeasureSettings Settings,
    [property: Id(4)] string Reason);

/// <summary>
/// Limits recalculated from <see cref="From"/>, for a recorded reason linked to the experiment
/// (or the decision) that changed the process.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.recalculate")]
public sealed record Recalculate(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] string Reason,
    [property: Id(2)] string? ExperimentId,
    [property: Id(3)] string? Decision);

[GenerateSerializer, Immutable, Alias("convening.log-demand")]
public sealed record LogDemand(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] string Words,
    [property: Id(2)] DemandKind Kind)
{
    /// <summary>Optional: see <see cref="RequestIds"/>. Logging again with the same id answers with the entry the first request logged.</summary>
    [Id(3)] public string? RequestId { get; init; }
}
