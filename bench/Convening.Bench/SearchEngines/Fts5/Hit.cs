namespace Convening.Bench.SearchEngines.Fts5;

/// <summary>A matching entry as a search reads it: its row, name-order key, bm25 score (lower is better) and facet value ids.</summary>
internal sealed record Hit(long Row, string Key, double Score, string Tags)
{
    /// <summary>Best first: score, then name order, then row (the directory's result order).</summary>
    public static int Compare(Hit a, Hit b) =>
        a.Score.CompareTo(b.Score) is var s and not 0 ? s
        : string.CompareOrdinal(a.Key, b.Key) is var k and not 0 ? k
        : a.Row.CompareTo(b.Row);

    /// <summary>The best <paramref name="count"/> hits in order, without sorting them all (a heap of the best so far).</summary>
    public static List<Hit> Best(List<Hit> hits, int count)
    {
        var worstFirst = Comparer<Hit>.Create((a, b) => Compare(b, a));
        var best = new PriorityQueue<Hit, Hit>(count + 1, worstFirst);
        foreach (var hit in hits)
        {
            if (best.Count < count)
                best.Enqueue(hit, hit);
            else if (count > 0 && Compare(hit, best.Peek()) < 0)
                best.EnqueueDequeue(hit, hit);
        }
        var result = new List<Hit>(best.Count);
        while (best.Count > 0)
            result.Add(best.Dequeue());
        result.Reverse();
        return result;
    }

    /// <summary>The ids in a space-separated list ("12 3 45").</summary>
    public static IEnumerable<long> Ids(string tags)
    {
        long id = 0;
        var any = false;
        foreach (var c in tags)
        {
            if (char.IsAsciiDigit(c))
            {
                id = (id * 10) + (c - '0');
                any = true;
            }
            else if (any)
            {
                yield return id;
                (id, any) = (0, false);
            }
        }
        if (any)
            yield return id;
    }
}
