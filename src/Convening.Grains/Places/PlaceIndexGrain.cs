using System.Text;
using Convening.Contracts;
using Convening.Contracts.Places;

namespace Convening.Grains.Places;

[GenerateSerializer, Alias("convening.place-index-state")]
public sealed class PlaceIndexState
{
    [Id(0)] public List<PlaceSummary> Places { get; set; } = [];
}

public sealed class PlaceIndexGrain(
    [PersistentState("place-index", StorageNames.Main)] IPersistentState<PlaceIndexState> state)
    : Grain, IPlaceIndexGrain
{
    public async Task Upsert(PlaceSummary place)
    {
        var places = state.State.Places;
        places.RemoveAll(p => p.Slug == place.Slug);
        var at = places.BinarySearch(place, Comparer<PlaceSummary>.Create((a, b) => string.CompareOrdinal(SortKey(a), SortKey(b))));
        places.Insert(at < 0 ? ~at : at, place);
        await state.Write(this);
    }

    public Task<Page<PlaceSummary>> List(int first, string? after) =>
        Task.FromResult(Paging.After(state.State.Places, SortKey, first, after));

    private static string SortKey(PlaceSummary p) => p.Name.ToLowerInvariant() + "\u0001" + p.Slug;
}

/// <summary>Opaque cursors: the sort key, base64url-encoded.</summary>
internal static class Cursor
{
    public static string Encode(string key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(key)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Decode(string cursor)
    {
        try
        {
            var b64 = cursor.Replace('-', '+').Replace('_', '/');
            return Encoding.UTF8.GetString(Convert.FromBase64String(b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=')));
        }
        catch (FormatException)
        {
            throw new ConveningException("page.bad-cursor", "That page cursor is not one this list gave out.");
        }
    }
}
