namespace Convening.Bench.SearchEngines.Fts5;

/// <summary>How far a typed word is from a word of the index (a stem, so only the word's start is compared).</summary>
internal static class Typos
{
    /// <summary>The most letters of a word that may follow its stem (as "ness" follows "loneli").</summary>
    public const int Suffix = 4;

    /// <summary>What may follow a stem in a word: a typo in "befirending" is looked for in "befirend", not in "youth"'s "yout".</summary>
    private static readonly HashSet<string> Endings = ["", "s", "es", "ed", "ing", "ings", "ness", "ly", "er", "ers", "y", "ies", "ion", "ions", "ment", "al", "ity", "e", "ive"];

    /// <summary>
    /// The fewest edits (insert, delete, change, swap two neighbours) that turn the start of
    /// <paramref name="word"/> (as long as <paramref name="stem"/>, give or take one, leaving at
    /// most <see cref="Suffix"/> letters over) into the stem; more than <paramref name="limit"/> is
    /// reported as limit + 1.
    /// </summary>
    public static int Distance(string stem, string word, int limit)
    {
        var best = limit + 1;
        for (var length = Math.Max(stem.Length - 1, word.Length - Suffix); length <= stem.Length + 1; length++)
            if (length >= 1 && length <= word.Length && Endings.Contains(word[length..]))
                best = Math.Min(best, Edits(stem, word.AsSpan(0, length), limit));
        return best;
    }

    private static int Edits(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
            return limit + 1;
        var rows = new int[3, b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            rows[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            int current = i % 3, previous = (i - 1) % 3, before = (i + 1) % 3;
            rows[current, 0] = i;
            var rowBest = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(rows[previous, j] + 1, rows[current, j - 1] + 1), rows[previous, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, rows[before, j - 2] + 1);
                rows[current, j] = value;
                rowBest = Math.Min(rowBest, value);
            }
            if (rowBest > limit)
                return limit + 1;
        }
        return Math.Min(rows[a.Length % 3, b.Length], limit + 1);
    }
}
