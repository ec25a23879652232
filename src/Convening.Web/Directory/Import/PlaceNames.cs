using Convening.Contracts.Places;

namespace Convening.Web.OrganisationDirectory.Import;

/// <summary>Every place's name by slug, read from the place index: for checking imports and naming places in exports.</summary>
public static class PlaceNames
{
    public static async Task<IReadOnlyDictionary<string, string>> Load(IGrainFactory grains, CancellationToken cancellationToken = default)
    {
        var index = grains.GetGrain<IPlaceIndexGrain>(IPlaceIndexGrain.Key);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string? after = null;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await index.List(100, after);
            foreach (var place in page.Items)
                names[place.Slug] = place.Name;
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);
        return names;
    }
}
