namespace Convening.Contracts.Principles;

/// <summary>The shared library of published principles, searchable by text, theme and place; updated only by principle grains.</summary>
public interface IPrincipleLibraryGrain : IGrainWithStringKey
{
    const string Key = "all";

    Task Upsert(PrincipleSummary principle);

    Task Remove(string principleId);

    /// <summary>Newest first; every filter optional.</summary>
    Task<Page<PrincipleSummary>> Search(LibraryQuery query);
}

[GenerateSerializer, Immutable, Alias("convening.library-query")]
public sealed record LibraryQuery(
    [property: Id(0)] int First,
    [property: Id(1)] string? After,
    [property: Id(2)] string? Text,
    [property: Id(3)] string? Theme,
    [property: Id(4)] string? PlaceSlug);

/// <summary>The principles a person follows, keyed by person id; only they read it.</summary>
public interface IPrincipleFollowsGrain : IGrainWithStringKey
{
    Task Set(string principleId, bool follow);

    Task<IReadOnlyList<string>> List(string? callerId);
}
