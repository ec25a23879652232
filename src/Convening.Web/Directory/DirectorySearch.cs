using Convening.Contracts.Directory;

namespace Convening.Web.Directory;

/// <summary>
/// Reads the directory from this silo's index after bringing it up to the feed's current version,
/// so a change published through any silo is found by the next search on every silo.
/// </summary>
public sealed class DirectorySearch(IGrainFactory grains, IDirectoryIndex index)
{
    public async Task<DirectoryResult> Search(DirectoryQuery query)
    {
        await Current();
        return await index.Search(query);
    }

    public async Task<DirectoryDocument?> Find(string id)
    {
        await Current();
        return await index.Find(id);
    }

    public async IAsyncEnumerable<DirectoryDocument> Export(DirectoryQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Current();
        await foreach (var document in index.Export(query, cancellationToken))
            yield return document;
    }

    private async Task Current() =>
        await index.CatchUp(await grains.GetGrain<IDirectoryFeedGrain>(IDirectoryFeedGrain.Key).Version());
}
