namespace Convening.Grains.Gatherings.Scheduling;

/// <summary>A stretch of time in whole minutes after the search's origin; the end is not included.</summary>
public readonly record struct Span(int Start, int End);

/// <summary>Set operations on lists of spans that are sorted and do not overlap (as <see cref="Normalize"/> leaves them).</summary>
public static class Spans
{
    /// <summary>Sorts, drops empty spans, and joins spans that overlap or touch.</summary>
    public static List<Span> Normalize(List<Span> spans)
    {
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var result = new List<Span>(spans.Count);
        foreach (var s in spans)
        {
            if (s.End <= s.Start)
                continue;
            if (result.Count > 0 && s.Start <= result[^1].End)
                result[^1] = result[^1] with { End = Math.Max(result[^1].End, s.End) };
            else
                result.Add(s);
        }
        return result;
    }

    public static List<Span> Intersect(IReadOnlyList<Span> a, IReadOnlyList<Span> b)
    {
        var result = new List<Span>();
        for (int i = 0, j = 0; i < a.Count && j < b.Count;)
        {
            var start = Math.Max(a[i].Start, b[j].Start);
            var end = Math.Min(a[i].End, b[j].End);
            if (start < end)
                result.Add(new Span(start, end));
            if (a[i].End < b[j].End)
                i++;
            else
                j++;
        }
        return result;
    }

    public static List<Span> Subtract(IReadOnlyList<Span> a, IReadOnlyList<Span> b)
    {
        var result = new List<Span>();
        var j = 0;
        foreach (var span in a)
        {
            var start = span.Start;
            while (j < b.Count && b[j].End <= start)
                j++;
            for (var k = j; k < b.Count && b[k].Start < span.End; k++)
            {
                if (b[k].Start > start)
                    result.Add(new Span(start, b[k].Start));
                start = Math.Max(start, b[k].End);
            }
            if (start < span.End)
                result.Add(new Span(start, span.End));
        }
        return result;
    }

    /// <summary>Whether one span holds all of [start, end).</summary>
    public static bool Covers(IReadOnlyList<Span> spans, int start, int end)
    {
        var i = Before(spans, start);
        return i >= 0 && spans[i].End >= end;
    }

    /// <summary>Whether any span shares time with [start, end).</summary>
    public static bool Overlaps(IReadOnlyList<Span> spans, int start, int end)
    {
        var i = Before(spans, start);
        if (i >= 0 && spans[i].End > start)
            return true;
        return i + 1 < spans.Count && spans[i + 1].Start < end;
    }

    // The index of the last span starting at or before the minute, or -1.
    private static int Before(IReadOnlyList<Span> spans, int minute)
    {
        int lo = 0, hi = spans.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spans[mid].Start <= minute)
                (found, lo) = (mid, mid + 1);
            else
                hi = mid - 1;
        }
        return found;
    }
}
