using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util.Automaton;

namespace Convening.Storage.OrganisationDirectory;

/// <summary>
/// Near spellings of a word no entry has, looked up once across every text field rather than by a
/// fuzzy query per field (which builds Levenshtein automata for each field in each segment, the most
/// expensive part of a search with a typo). Each segment's words, with how many entries use them, are
/// read once when a typo first meets the segment (segments never change, so the list lives as long as
/// the segment); a word is compared only with words of the same first letter and a length within reach.
/// </summary>
internal static class Spellings
{
    private static readonly ConditionalWeakTable<object, SegmentWords> Segments = [];

    /// <summary>
    /// Up to <paramref name="max"/> words within <paramref name="maxEdits"/> edits (a transposition is one)
    /// sharing the first letter, nearest first, then the most used; each with the similarity
    /// Lucene's fuzzy query would give it (1 − edits ÷ the shorter length).
    /// </summary>
    public static IReadOnlyList<(string Word, float Similarity)> Near(IndexReader reader, string stem, int maxEdits, int max)
    {
        var levenshtein = new LevenshteinAutomata(stem, withTranspositions: true);
        var within = Enumerable.Range(1, maxEdits).Select(d => new CharacterRunAutomaton(levenshtein.ToAutomaton(d))).ToArray();
        var found = new Dictionary<string, (int Edits, long Used)>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var segment = Segments.GetValue(leaf.AtomicReader.CoreCacheKey, _ => SegmentWords.Read(leaf.AtomicReader));
            for (var i = segment.First(stem[0]); i < segment.Words.Length && segment.Words[i][0] == stem[0]; i++)
            {
                var word = segment.Words[i];
                if (Math.Abs(word.Length - stem.Length) > maxEdits || word == stem)
                    continue;
                for (var edits = 1; edits <= maxEdits; edits++)
                {
                    if (!within[edits - 1].Run(word))
                        continue;
                    var used = found.TryGetValue(word, out var known) ? known.Used : 0;
                    found[word] = (edits, used + segment.Used[i]);
                    break;
                }
            }
        }
        return [.. found.OrderBy(w => w.Value.Edits).ThenByDescending(w => w.Value.Used).ThenBy(w => w.Key, StringComparer.Ordinal).Take(max)
            .Select(w => (w.Key, 1f - (float)w.Value.Edits / Math.Min(w.Key.Length, stem.Length)))];
    }

    /// <summary>A segment's distinct words across the text fields, in ordinal order, with the number of (entry, field) pairs using each.</summary>
    private sealed class SegmentWords(string[] words, long[] used)
    {
        public string[] Words => words;
        public long[] Used => used;

        public int First(char letter)
        {
            var at = Array.BinarySearch(words, letter.ToString(), StringComparer.Ordinal);
            return at < 0 ? ~at : at;
        }

        public static SegmentWords Read(AtomicReader reader)
        {
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var (field, _) in IndexFields.Text)
            {
                var terms = reader.GetTerms(field)?.GetEnumerator();
                while (terms is not null && terms.MoveNext())
                {
                    var word = terms.Term.Utf8ToString();
                    counts[word] = counts.GetValueOrDefault(word) + terms.DocFreq;
                }
            }
            var words = counts.Keys.ToArray();
            Array.Sort(words, StringComparer.Ordinal);
            return new SegmentWords(words, [.. words.Select(w => counts[w])]);
        }
    }
}
