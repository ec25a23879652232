using Convening.Contracts.Directory;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Convening.Storage.Directory;

/// <summary>Counts each facet value over every matching entry (what the directory page shows beside the results), from doc values.</summary>
internal sealed class FacetCounter : ICollector
{
    private readonly Dictionary<(string Facet, string Value), int> _counts = [];
    private readonly List<(string Facet, SortedSetDocValues Values, int[] Counts)> _segment = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        foreach (var facet in Facets.All)
            if (context.AtomicReader.GetSortedSetDocValues(IndexFields.FacetCounts(facet)) is { } values)
                _segment.Add((facet, values, new int[values.ValueCount]));
    }

    public void Collect(int doc)
    {
        foreach (var (_, values, counts) in _segment)
        {
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                counts[ord]++;
        }
    }

    /// <summary>The counts by facet, then value.</summary>
    public IReadOnlyList<FacetCount> Counts()
    {
        Flush();
        return [.. _counts.Select(c => new FacetCount(c.Key.Facet, c.Key.Value, c.Value))
            .OrderBy(c => c.Facet, StringComparer.Ordinal).ThenBy(c => c.Value, StringComparer.Ordinal)];
    }

    private void Flush()
    {
        var value = new BytesRef();
        foreach (var (facet, values, counts) in _segment)
            for (var ord = 0; ord < counts.Length; ord++)
                if (counts[ord] > 0)
                {
                    values.LookupOrd(ord, value);
                    var key = (facet, value.Utf8ToString());
                    _counts[key] = _counts.GetValueOrDefault(key) + counts[ord];
                }
        _segment.Clear();
    }
}
