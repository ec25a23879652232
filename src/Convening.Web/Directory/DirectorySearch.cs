using Convening.Contracts.OrganisationDirectory;

namespace Convening.Web.OrganisationDirectory;

/// <summary>
/// Reads the directory from this silo's index after bringing it up to the feed's current version,
/// so a change published through any silo is found by the next search on every silo.
/// </summary>
public sealed class DirectorySearch(IGrainFactory grains, IDirectoryIndex index)
{
    public async Task<DirectoryResult> Search(DirectoryQuery query)
    {
        await CatchUp();
        return await index.Search(await WithGlossary(query));
    }

    public async Task<DirectoryDocument?> Find(string id)
    {
        await CatchUp();
        return await index.Find(id);
    }

    public async IAsyncEnumerable<DirectoryDocument> Export(DirectoryQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await CatchUp();
        await foreach (var document in index.Export(await WithGlossary(query), cancellationToken))
            yield return document;
    }

    /// <summary>The directory's glossary of synonyms, for a query with words that has none of its own.</summary>
    private async Task<DirectoryQuery> WithGlossary(DirectoryQuery query) =>
        string.IsNullOrWhiteSpace(query.Text) || query.Synonyms is not null ? query
            : query with { Synonyms = (await grains.GetGrain<IDirectoryGlossaryGrain>(IDirectoryGlossaryGrain.Key).Get()).Groups };

    /// <summary>Brings this silo's index up to the feed's current version; returns that version.</summary>
    public async Task<long> CatchUp()
    {
        var version = await grains.GetGrain<IDirectoryFeedGrain>(IDirectoryFeedGrain.Key).Version();
        await index.CatchUp(version);
        return version;
    }
}
