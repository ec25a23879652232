namespace Convening.Contracts.LifePictures;

/// <summary>
/// A place's life pictures added up: one sealed contribution per counted picture (categories, no
/// words), answered only as tables with small numbers suppressed (<see cref="SmallNumbers"/>).
/// Keyed by place slug; written only by picture grains; read only by the place's commissioners.
/// </summary>
public interface ILifePictureTotalsGrain : IGrainWithStringKey
{
    Task Count(string pictureId, Contribution contribution);

    Task Uncount(string pictureId);

    /// <summary>The ids of the counted pictures (nothing else), for the retention job's enrolment (decision 0057).</summary>
    Task<IReadOnlyList<string>> PictureIds();

    /// <summary>The place's tables; fewer than 5 people counted is refused (totals.too-few-people).</summary>
    Task<PlaceTotals> Totals(string? callerId);

    /// <summary>A Venn of up to three of the place's funding streams, summed from the same protected table.</summary>
    Task<VennTotals> Venn(IReadOnlyList<string> streamIds, string? callerId);
}

/// <summary>A place's totals; every null figure is suppressed (fewer than 5 people, or would give one away).</summary>
[GenerateSerializer, Immutable, Alias("convening.place-totals")]
public sealed record PlaceTotals(
    [property: Id(0)] string PlaceSlug,
    [property: Id(1)] int People,
    [property: Id(2)] IReadOnlyList<AreaTotals> Areas,
    [property: Id(3)] IReadOnlyList<GapTotal> Gaps,
    [property: Id(4)] IReadOnlyList<CombinationTotal> Combinations,
    [property: Id(5)] int? OtherCombinations,
    [property: Id(6)] IReadOnlyList<StreamTotal> Streams,
    [property: Id(7)] int SuppressedFigures);

[GenerateSerializer, Immutable, Alias("convening.area-totals")]
public sealed record AreaTotals(
    [property: Id(0)] LifeArea Area,
    [property: Id(1)] int? Recorded,
    [property: Id(2)] int? NotRecorded,
    [property: Id(3)] int? Wanting,
    [property: Id(4)] int? NoGoal,
    [property: Id(5)] int? Matches,
    [property: Id(6)] int? PartlyMatches,
    [property: Id(7)] int? DoesNotMatch);

/// <summary>How many people's support in a life area matches only partly or not at all.</summary>
[GenerateSerializer, Immutable, Alias("convening.gap-total")]
public sealed record GapTotal(
    [property: Id(0)] LifeArea Area,
    [property: Id(1)] int? NotMatched);

/// <summary>People who draw on exactly this set of funding streams (empty: none of them).</summary>
[GenerateSerializer, Immutable, Alias("convening.combination-total")]
public sealed record CombinationTotal(
    [property: Id(0)] IReadOnlyList<string> StreamIds,
    [property: Id(1)] int People);

[GenerateSerializer, Immutable, Alias("convening.stream-total")]
public sealed record StreamTotal(
    [property: Id(0)] string StreamId,
    [property: Id(1)] int? People);

[GenerateSerializer, Immutable, Alias("convening.venn-totals")]
public sealed record VennTotals(
    [property: Id(0)] IReadOnlyList<string> StreamIds,
    [property: Id(1)] IReadOnlyList<VennRegion> Regions);

/// <summary>People drawing on exactly the streams in <see cref="In"/> of those asked about (others regardless).</summary>
[GenerateSerializer, Immutable, Alias("convening.venn-region")]
public sealed record VennRegion(
    [property: Id(0)] IReadOnlyList<string> In,
    [property: Id(1)] int? People);
