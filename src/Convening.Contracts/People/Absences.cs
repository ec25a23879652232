namespace Convening.Contracts.People;

/// <summary>
/// Days a person is known to be away (leave, training, part-time days off), as dates in their own
/// time zone, both ends included. Gatherings are not suggested on them.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.absence")]
public sealed record Absence(
    [property: Id(0)] string Id,
    [property: Id(1)] DateOnly From,
    [property: Id(2)] DateOnly To);

/// <summary>Who to contact when a person is away: often a colleague in the same agency.</summary>
[GenerateSerializer, Immutable, Alias("convening.deputy")]
public sealed record Deputy(
    [property: Id(0)] string Name,
    [property: Id(1)] string Contact);
