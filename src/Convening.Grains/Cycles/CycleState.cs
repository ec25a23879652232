using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;

namespace Convening.Grains.Cycles;

/// <summary>
/// The cycle itself. Measure points and the demand log live in their own states
/// (<see cref="MeasurePointsState"/>, <see cref="DemandState"/>) so that editing the question or
/// an experiment does not rewrite thousands of data points, and logging demand does not rewrite
/// the cycle.
/// </summary>
[GenerateSerializer, Alias("convening.cycle-state")]
public sealed class CycleState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string GroupId { get; set; } = "";
    [Id(2)] public string PlaceSlug { get; set; } = "";
    [Id(3)] public string Question { get; set; } = "";
    [Id(4)] public string Purpose { get; set; } = "";
    [Id(5)] public string Involved { get; set; } = "";
    [Id(6)] public CyclePerson Steward { get; set; } = new("", "");
    [Id(7)] public CycleStage Stage { get; set; }

    /// <summary>The furthest stage reached; stepping back keeps what later stages produced.</summary>
    [Id(8)] public CycleStage Furthest { get; set; }
    [Id(9)] public Dictionary<CycleStage, StageOutput> Outputs { get; set; } = [];
    [Id(10)] public List<CycleLink> Links { get; set; } = [];
    [Id(11)] public List<Experiment> Experiments { get; set; } = [];
    [Id(12)] public List<MeasureDefinition> Measures { get; set; } = [];
    [Id(13)] public string? BoardId { get; set; }
    [Id(14)] public DateTimeOffset StartedAt { get; set; }

    /// <summary>The failure-demand measure's settings, change points and history, once anyone changes them.</summary>
    [Id(15)] public MeasureDefinition? FailureDemand { get; set; }

    /// <summary>Measures removed: who removed which, and why (their points go with them).</summary>
    [Id(16)] public List<MeasureChange> History { get; set; } = [];

    /// <summary>Links asked of this cycle (incoming) or by it (outgoing), waiting for an answer.</summary>
    [Id(17)] public List<PendingCycleLink> PendingLinks { get; set; } = [];

    /// <summary>The requests this cycle has answered lately, so a retried one is not done twice.</summary>
    [Id(18)] public RecentRequests Requests { get; set; } = new();
}

[GenerateSerializer, Immutable, Alias("convening.stage-output")]
public sealed record StageOutput(
    [property: Id(0)] string Text,
    [property: Id(1)] CyclePerson By,
    [property: Id(2)] DateTimeOffset At);

[GenerateSerializer, Immutable, Alias("convening.measure-definition")]
public sealed record MeasureDefinition(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Unit,
    [property: Id(3)] bool HigherIsBetter,
    [property: Id(4)] string Description)
{
    /// <summary>Null for measures made before settings existed: their direction came from <see cref="HigherIsBetter"/>.</summary>
    [Id(5)] public MeasureSettings? Settings { get; init; }
    [Id(6)] public IReadOnlyList<Recalculation> Recalculations { get; init; } = [];

    public MeasureSettings Effective => Settings
        ?? MeasureSettings.Default(HigherIsBetter ? ImprovementDirection.Increase : ImprovementDirection.Decrease);
}

/// <summary>Each measure's points in date order, at most one per date.</summary>
[GenerateSerializer, Alias("convening.measure-points-state")]
public sealed class MeasurePointsState
{
    [Id(0)] public Dictionary<string, List<DataPoint>> Points { get; set; } = [];

    /// <summary>Each measure's history, kept beside its points so that a correction and its record are one write.</summary>
    [Id(1)] public Dictionary<string, List<MeasureChange>> History { get; set; } = [];
}

[GenerateSerializer, Alias("convening.demand-state")]
public sealed class DemandState
{
    [Id(0)] public List<DemandEntry> Entries { get; set; } = [];

    /// <summary>Corrections and removals: who changed which entry, and why.</summary>
    [Id(1)] public List<MeasureChange> History { get; set; } = [];
    [Id(2)] public RecentRequests Requests { get; set; } = new();
}
