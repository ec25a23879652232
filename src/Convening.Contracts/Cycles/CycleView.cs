using Convening.Contracts.Cycles.Spc;
using Convening.Contracts.Groups;

namespace Convening.Contracts.Cycles;

/// <summary>
/// What anyone may know of a cycle: its question, its group and where it has got to. Lists,
/// links between groups and a place's overview show this much to people outside the group.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.cycle-summary")]
public sealed record CycleSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string GroupId,
    [property: Id(2)] string PlaceSlug,
    [property: Id(3)] string Question,
    [property: Id(4)] CycleStage Stage,
    [property: Id(5)] DateTimeOffset StartedAt);

/// <summary>The whole cycle, as a member of its group sees it.</summary>
[GenerateSerializer, Immutable, Alias("convening.cycle-view")]
public sealed record CycleView(
    [property: Id(0)] CycleSummary Summary,
    [property: Id(1)] string Purpose,
    [property: Id(2)] string Involved,
    [property: Id(3)] CyclePerson Steward,
    [property: Id(4)] IReadOnlyList<StageView> Stages,
    [property: Id(5)] IReadOnlyList<CycleLink> Links,
    [property: Id(6)] IReadOnlyList<Experiment> Experiments,
    [property: Id(7)] IReadOnlyList<Measure> Measures,
    [property: Id(8)] IReadOnlyList<DemandEntry> Demand,
    [property: Id(9)] string? BoardId,
    [property: Id(10)] GroupRole MyRole,
    [property: Id(11)] bool CanEdit,
    [property: Id(12)] bool CanMoveStage,
    [property: Id(13)] IReadOnlyList<MeasureChange> DemandHistory)
{
    /// <summary>Links waiting for an answer, asked by this cycle's group or of it; only the two groups see them.</summary>
    [Id(14)] public IReadOnlyList<PendingCycleLink> PendingLinks { get; init; } = [];

    /// <summary>Whether the caller may accept or decline the links asked of this cycle (a convenor, or its steward).</summary>
    [Id(15)] public bool CanDecideLinks { get; init; }
}

/// <summary>
/// A link asked for by someone with no standing in the other cycle's group: it waits for that
/// group's convenors or the cycle's steward to accept or decline. Kept on both cycles, and shown
/// only to the members of the two groups.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.pending-cycle-link")]
public sealed record PendingCycleLink(
    [property: Id(0)] string OtherId,
    [property: Id(1)] string OtherGroupId,
    [property: Id(2)] CycleRelation Relation,
    [property: Id(3)] CyclePerson RequestedBy,
    [property: Id(4)] DateTimeOffset RequestedAt,
    [property: Id(5)] bool Incoming);

/// <summary>Who did something, as the cycle remembers them.</summary>
[GenerateSerializer, Immutable, Alias("convening.cycle-person")]
public sealed record CyclePerson(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name);

/// <summary>One stage and what it produced (Markdown), once the cycle has reached it.</summary>
[GenerateSerializer, Immutable, Alias("convening.stage-view")]
public sealed record StageView(
    [property: Id(0)] CycleStage Stage,
    [property: Id(1)] bool Reached,
    [property: Id(2)] string Output,
    [property: Id(3)] CyclePerson? OutputBy,
    [property: Id(4)] DateTimeOffset? OutputAt);

/// <summary>
/// A link to another cycle. Only the other cycle's id is kept: readers ask that cycle for its
/// summary, so a renamed question or a new stage shows at once without cycles calling each other.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.cycle-link")]
public sealed record CycleLink(
    [property: Id(0)] string OtherId,
    [property: Id(1)] CycleRelation Relation,
    [property: Id(2)] CyclePerson LinkedBy,
    [property: Id(3)] DateTimeOffset LinkedAt);

[GenerateSerializer, Immutable, Alias("convening.experiment")]
public sealed record Experiment(
    [property: Id(0)] string Id,
    [property: Id(1)] ExperimentPlan Plan,
    [property: Id(2)] ExperimentOutcome? Outcome,
    [property: Id(3)] CyclePerson AddedBy,
    [property: Id(4)] DateTimeOffset AddedAt,
    [property: Id(5)] DateTimeOffset UpdatedAt);

/// <summary>
/// A named time series. <see cref="Derived"/> measures (the failure-demand share) are computed
/// from the demand log and cannot be edited by hand.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.measure")]
public sealed record Measure(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Unit,
    [property: Id(4)] string Description,
    [property: Id(5)] bool Derived,
    [property: Id(6)] IReadOnlyList<DataPoint> Points,
    [property: Id(7)] MeasureSettings Settings,
    [property: Id(8)] IReadOnlyList<Recalculation> Recalculations,
    [property: Id(9)] IReadOnlyList<MeasureChange> History)
{
    public bool HigherIsBetter => Settings.Direction == ImprovementDirection.Increase;

    /// <summary>What the SPC computation needs to draw this measure's chart.</summary>
    public SpcSettings Spc() => new(Settings.Kind, Settings.Direction, Settings.Target, Settings.BaselinePoints,
        Settings.ScreenOutliers, [.. Recalculations.Select(r => r.From)]);

    public SpcChart Chart() => SpcChart.Compute(Points, Spc());
}

/// <summary>How a measure's chart is drawn: which way is better, the target, the baseline, screening and the kind of chart.</summary>
[GenerateSerializer, Immutable, Alias("convening.measure-settings")]
public sealed record MeasureSettings(
    [property: Id(0)] ImprovementDirection Direction,
    [property: Id(1)] double? Target,
    [property: Id(2)] int BaselinePoints,
    [property: Id(3)] bool ScreenOutliers,
    [property: Id(4)] ChartKind Kind)
{
    public static MeasureSettings Default(ImprovementDirection direction, ChartKind kind = ChartKind.Xmr) =>
        new(direction, null, SpcSettings.DefaultBaseline, ScreenOutliers: true, kind);
}

/// <summary>A recorded change point: limits are recalculated from <see cref="From"/>, and why.</summary>
[GenerateSerializer, Immutable, Alias("convening.recalculation")]
public sealed record Recalculation(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] string Reason,
    [property: Id(2)] string? ExperimentId,
    [property: Id(3)] string? Decision,
    [property: Id(4)] CyclePerson By,
    [property: Id(5)] DateTimeOffset At);

/// <summary>One entry in a measure's (or the demand log's) history: who changed what, when and why.</summary>
[GenerateSerializer, Immutable, Alias("convening.measure-change")]
public sealed record MeasureChange(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] CyclePerson By,
    [property: Id(2)] string What,
    [property: Id(3)] string Reason);

/// <summary>One demand on a service, in the person's own words.</summary>
[GenerateSerializer, Immutable, Alias("convening.demand-entry")]
public sealed record DemandEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] string Words,
    [property: Id(3)] DemandKind Kind,
    [property: Id(4)] CyclePerson LoggedBy,
    [property: Id(5)] DateTimeOffset LoggedAt);

/// <summary>The result of a CSV upload: either every row imported, or none and the problems.</summary>
[GenerateSerializer, Immutable, Alias("convening.csv-import")]
public sealed record CsvImport(
    [property: Id(0)] int Imported,
    [property: Id(1)] IReadOnlyList<CsvProblem> Problems,
    [property: Id(2)] int ProblemCount,
    [property: Id(3)] Measure Measure);

/// <summary>A row that could not be read; <see cref="Row"/> counts from 1 as a spreadsheet does.</summary>
[GenerateSerializer, Immutable, Alias("convening.csv-problem")]
public sealed record CsvProblem(
    [property: Id(0)] int Row,
    [property: Id(1)] string Code,
    [property: Id(2)] string Message);
