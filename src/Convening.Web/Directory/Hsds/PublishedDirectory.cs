using System.Runtime.CompilerServices;
using Convening.Contracts.Directory;

namespace Convening.Web.Directory.Hsds;

/// <summary>The published directory as exports read it: this silo's index, caught up with the feed first.</summary>
public sealed class PublishedDirectory(IDirectoryIndex index, IGrainFactory grains)
{
    public Task<long> Version() => grains.GetGrain<IDirectoryFeedGrain>(IDirectoryFeedGrain.Key).Version();

    public async Task<DirectoryDocument?> Find(string id)
    {
        await index.CatchUp(await Version());
        return await index.Find(id);
    }

    public async IAsyncEnumerable<DirectoryDocument> Export(DirectoryQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await index.CatchUp(await Version());
        await foreach (var document in index.Export(query, cancellationToken))
            yield return document;
    }
}
