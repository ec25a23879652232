using Convening.Contracts;
using Convening.Contracts.Reflections;
using Convening.Grains.Places;

namespace Convening.Grains.Reflections;

/// <summary>Keeps reflection summaries newest first and hands them out a page at a time.</summary>
public static class SummaryPages
{
    public const int MaxPageSize = 100;

    public static void Upsert(List<ReflectionSummary> list, ReflectionSummary summary)
    {
        list.RemoveAll(s => s.Id == summary.Id);
        var at = list.FindIndex(s => string.CompareOrdinal(Key(s), Key(summary)) > 0);
        list.Insert(at < 0 ? list.Count : at, summary);
    }

    public static Page<ReflectionSummary> Take(IReadOnlyList<ReflectionSummary> matching, int first, string? after)
    {
        if (first is < 1 or > MaxPageSize)
            throw new ConveningException("page.size-out-of-range", $"Ask for between 1 and {MaxPageSize} items at a time.");
        var afterKey = after is null ? null : Cursor.Decode(after);
        var start = 0;
        if (afterKey is not null)
        {
            start = matching.ToList().FindIndex(s => string.CompareOrdinal(Key(s), afterKey) > 0);
            start = start < 0 ? matching.Count : start;
        }
        var items = matching.Skip(start).Take(first).ToList();
        var end = items.Count == 0 ? after : Cursor.Encode(Key(items[^1]));
        return new Page<ReflectionSummary>(items, end, start + items.Count < matching.Count, matching.Count);
    }

    /// <summary>Newest first: later changes get smaller keys.</summary>
    private static string Key(ReflectionSummary s) =>
        (DateTimeOffset.MaxValue.UtcTicks - s.UpdatedAt.UtcTicks).ToString("D19", System.Globalization.CultureInfo.InvariantCulture) + s.Id;
}
