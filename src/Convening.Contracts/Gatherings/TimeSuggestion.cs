using Convening.Contracts.People;

namespace Convening.Contracts.Gatherings;

/// <summary>
/// A time the scheduler suggests: who can come, which sectors that brings into the room and
/// which it leaves out, and — for those who cannot come — why, and whom to contact instead.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.time-suggestion")]
public sealed record TimeSuggestion(
    [property: Id(0)] DateTimeOffset Start,
    [property: Id(1)] DateTimeOffset End,
    [property: Id(2)] int CanComeCount,
    [property: Id(3)] int MemberCount,
    [property: Id(4)] IReadOnlyList<SectorCount> Sectors,
    [property: Id(5)] IReadOnlyList<Sector> MissingSectors,
    [property: Id(6)] bool LeavesOutLivedExperience,
    [property: Id(7)] IReadOnlyList<PersonRef> CanCome,
    [property: Id(8)] IReadOnlyList<CannotCome> CannotCome,
    [property: Id(9)] int CannotComeCount);

/// <summary>How many people from one sector can come.</summary>
[GenerateSerializer, Immutable, Alias("convening.sector-count")]
public sealed record SectorCount(
    [property: Id(0)] Sector Sector,
    [property: Id(1)] int Count);

[GenerateSerializer, Immutable, Alias("convening.cannot-come")]
public sealed record CannotCome(
    [property: Id(0)] PersonRef Person,
    [property: Id(1)] string Organisation,
    [property: Id(2)] CannotComeReason Reason,
    [property: Id(3)] Deputy? Deputy);
