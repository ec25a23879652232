using System.Globalization;
using Convening.Contracts;
using Convening.Grains.Places;

namespace Convening.Grains.Reflections;

/// <summary>Keeps lists newest first (by a time and an id) and hands them out a page at a time.</summary>
public static class SummaryPages
{
    public const int MaxPageSize = 100;

    public static void Upsert<T>(List<T> list, T item, Func<T, (DateTimeOffset At, string Id)> sortBy)
    {
        var id = sortBy(item).Id;
        list.RemoveAll(s => sortBy(s).Id == id);
        var key = Key(sortBy(item));
        var at = list.FindIndex(s => string.CompareOrdinal(Key(sortBy(s)), key) > 0);
        list.Insert(at < 0 ? list.Count : at, item);
    }

    public static Page<T> Take<T>(List<T> matching, int first, string? after, Func<T, (DateTimeOffset At, string Id)> sortBy)
    {
        if (first is < 1 or > MaxPageSize)
            throw new ConveningException("page.size-out-of-range", $"Ask for between 1 and {MaxPageSize} items at a time.");
        var afterKey = after is null ? null : Cursor.Decode(after);
        var start = afterKey is null ? 0 : matching.FindIndex(s => string.CompareOrdinal(Key(sortBy(s)), afterKey) > 0);
        start = start < 0 ? matching.Count : start;
        var items = matching.Skip(start).Take(first).ToList();
        var end = items.Count == 0 ? after : Cursor.Encode(Key(sortBy(items[^1])));
        return new Page<T>(items, end, start + items.Count < matching.Count, matching.Count);
    }

    /// <summary>Newest first: later times get smaller keys.</summary>
    private static string Key((DateTimeOffset At, string Id) k) =>
        (DateTimeOffset.MaxValue.UtcTicks - k.At.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + k.Id;
}
