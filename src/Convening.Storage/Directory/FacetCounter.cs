using System.Runtime.CompilerServices;
using Convening.Contracts.Directory;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Convening.Storage.Directory;

/// <summary>
/// Counts each facet value over every matching entry (what the directory page shows beside the
/// results). Each segment's facet values are read from its doc values once, into flat arrays kept
/// while the segment lives, so counting a match is a few array increments however broad the search.
/// </summary>
internal sealed class FacetCounter : ICollector
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Segments = [];
    private readonly Dictionary<(string Facet, string Value), int> _counts = [];
    private SegmentFacets? _segment;
    private int[] _segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = Segments.GetValue(context.AtomicReader.CoreCacheKey, _ => SegmentFacets.Read(context.AtomicReader));
        _segmentCounts = new int[_segment.Labels.Length];
    }

    public void Collect(int doc)
    {
        var (starts, slots, counts) = (_segment!.Starts, _segment.Slots, _segmentCounts);
        for (var i = starts[doc]; i < starts[doc + 1]; i++)
            counts[slots[i]]++;
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
        if (_segment is not { } segment)
            return;
        for (var slot = 0; slot < _segmentCounts.Length; slot++)
            if (_segmentCounts[slot] > 0)
                _counts[segment.Labels[slot]] = _counts.GetValueOrDefault(segment.Labels[slot]) + _segmentCounts[slot];
        _segment = null;
    }

    /// <summary>One segment's facet values: entry d has the values Labels[Slots[Starts[d] .. Starts[d + 1]]].</summary>
    private sealed record SegmentFacets(int[] Starts, int[] Slots, (string Facet, string Value)[] Labels)
    {
        public static SegmentFacets Read(AtomicReader reader)
        {
            var labels = new List<(string, string)>();
            var values = new List<(int Offset, SortedSetDocValues Values)>();
            foreach (var facet in Facets.All)
                if (reader.GetSortedSetDocValues(IndexFields.FacetCounts(facet)) is { } docValues)
                {
                    values.Add((labels.Count, docValues));
                    var label = new BytesRef();
                    for (var ord = 0L; ord < docValues.ValueCount; ord++)
                    {
                        docValues.LookupOrd(ord, label);
                        labels.Add((facet, label.Utf8ToString()));
                    }
                }
            var starts = new int[reader.MaxDoc + 1];
            var slots = new List<int>(reader.MaxDoc * 6);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                starts[doc] = slots.Count;
                foreach (var (offset, docValues) in values)
                {
                    docValues.SetDocument(doc);
                    long ord;
                    while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                        slots.Add(offset + (int)ord);
                }
            }
            starts[reader.MaxDoc] = slots.Count;
            return new SegmentFacets(starts, [.. slots], [.. labels]);
        }
    }
}
