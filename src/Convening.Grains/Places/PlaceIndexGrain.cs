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
    public const int MaxPageSize = 100;

    public async Task Upsert(PlaceSummary place)
    {
        var places = state.State.Places;
        places.RemoveAll(p => p.Slug == place.Slug);
        var at = places.BinarySearch(place, Comparer<PlaceSummary>.Create((a, b) => string.CompareOrdinal(SortKey(a), SortKey(b))));
        places.Insert(at < 0 ? ~at : at, place);
        await state.WriteStateAsync();
    }

    public Task<Page<PlaceSummary>> List(int first, string? after)
    {
        if (first is < 1 or > MaxPageSize)
            throw new ConveningException("page.size-out-of-range", $"Ask for between 1 and {MaxPageSize} items at a time.");
        var afterKey = after is null ? null : Cursor.Decode(after);
        var places = state.State.Places;
        var start = afterKey is null ? 0 : places.FindIndex(p => string.CompareOrdinal(SortKey(p), afterKey) > 0);
        if (start < 0)
            start = places.Count;
        var items = places.Skip(start).Take(first).ToList();
        var end = items.Count == 0 ? after : Cursor.Encode(SortKey(items[^1]));
        return Task.FromResult(new Page<PlaceSummary>(items, end, start + items.Count < places.Count, places.Count));
    }

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
