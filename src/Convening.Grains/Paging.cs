using Convening.Contracts;
using Convening.Grains.Places;

namespace Convening.Grains;

/// <summary>Cursor paging over a list kept sorted by a string key; the cursor is the last key seen.</summary>
internal static class Paging
{
    public const int MaxPageSize = 100;

    public static Page<T> After<T>(List<T> sorted, Func<T, string> sortKey, int first, string? after)
    {
        if (first is < 1 or > MaxPageSize)
            throw new ConveningException("page.size-out-of-range", $"Ask for between 1 and {MaxPageSize} items at a time.");
        var afterKey = after is null ? null : Cursor.Decode(after);
        var start = afterKey is null ? 0 : sorted.FindIndex(x => string.CompareOrdinal(sortKey(x), afterKey) > 0);
        if (start < 0)
            start = sorted.Count;
        var items = sorted.Skip(start).Take(first).ToList();
        var end = items.Count == 0 ? after : Cursor.Encode(sortKey(items[^1]));
        return new Page<T>(items, end, start + items.Count < sorted.Count, sorted.Count);
    }
}
