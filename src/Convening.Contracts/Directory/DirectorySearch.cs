namespace Convening.Contracts.OrganisationDirectory;

/// <summary>
/// Free text plus facets: within a facet any value matches, across facets all must. Synonyms are
/// groups of words or phrases that mean the same (the directory's glossary).
/// </summary>
public sealed record DirectoryQuery(
    string? Text = null,
    IReadOnlyList<string>? Places = null,
    IReadOnlyList<string>? Approaches = null,
    IReadOnlyList<string>? Sectors = null,
    IReadOnlyList<string>? PeopleServed = null,
    int First = 20,
    string? After = null,
    IReadOnlyList<IReadOnlyList<string>>? Synonyms = null);

public static class Facets
{
    public const string Place = "place";
    public const string Approach = "approach";
    public const string Sector = "sector";
    public const string PeopleServed = "people";

    public static IReadOnlyList<string> All { get; } = [Place, Approach, Sector, PeopleServed];
}

/// <summary>How many entries in the result have this facet value.</summary>
public sealed record FacetCount(string Facet, string Value, int Count);

/// <summary>One page of results, best match first (name order when there is no text), and the counts per facet value.</summary>
public sealed record DirectoryResult(Page<DirectoryDocument> Page, IReadOnlyList<FacetCount> Facets);

/// <summary>The published directory as one silo holds it, kept up to date from the directory feed.</summary>
public interface IDirectoryIndex
{
    /// <summary>Applies the feed's changes up to <paramref name="version"/> if this index is behind.</summary>
    Task CatchUp(long version);

    Task<DirectoryResult> Search(DirectoryQuery query);

    Task<DirectoryDocument?> Find(string id);

    /// <summary>Every published entry matching the query's text and facets, in name order (for exports).</summary>
    IAsyncEnumerable<DirectoryDocument> Export(DirectoryQuery query, CancellationToken cancellationToken = default);
}
