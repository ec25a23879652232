namespace Convening.Contracts.Places;

/// <summary>The list of all places, kept in name order; updated only by place grains.</summary>
public interface IPlaceIndexGrain : IGrainWithStringKey
{
    const string Key = "all";

    Task Upsert(PlaceSummary place);

    /// <summary>Places in name order after the cursor; <paramref name="first"/> is capped at 100.</summary>
    Task<Page<PlaceSummary>> List(int first, string? after);
}

[GenerateSerializer, Immutable, Alias("convening.place-summary")]
public sealed record PlaceSummary(
    [property: Id(0)] string Slug,
    [property: Id(1)] string Name,
    [property: Id(2)] string Purpose,
    [property: Id(3)] int GroupCount);
