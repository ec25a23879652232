using Convening.Contracts.Places;

namespace Convening.Web.Pages.Directory;

/// <summary>Every place's name by its slug, for facet labels and the places an organisation serves.</summary>
public static class PlaceNames
{
    private const int MostPlaces = 2_000;

    public static async Task<IReadOnlyDictionary<string, string>> All(IGrainFactory grains)
    {
        var index = grains.GetGrain<IPlaceIndexGrain>(IPlaceIndexGrain.Key);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string? after = null;
        do
        {
            var page = await index.List(100, after);
            foreach (var place in page.Items)
                names[place.Slug] = place.Name;
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null && names.Count < MostPlaces);
        return names;
    }
}
