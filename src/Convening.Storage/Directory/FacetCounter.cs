using System.Runtime.CompilerServices;
using Convening.Contracts.OrganisationDirectory;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Convening.Storage.OrganisationDirectory;

/// <summary>
/// Counts each facet value over every matching entry (what the directory page shows beside the
/// results). Each segment's facet values are read from its doc values once and kept while the
/// segment lives, both per entry (flat arrays) and per value (a bit set of the entries that have
/// it). A search only marks its matches in a bit set; the counts are then taken whichever way costs
/// less: a few increments per match when the matches are few, or, for a broad search, one
/// popcount of each value's bits intersected with the matches (a fixed cost per value, however
/// many entries match).
/// </summary>
internal sealed class FacetCounter : ICollector
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Segments = [];
    private readonly Dictionary<(string Facet, string Value), int> _counts = [];
    private SegmentFacets? _segment;
    private FixedBitSet? _hits;
    private int _hitCount;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = Segments.GetValue(context.AtomicReader.CoreCacheKey, _ => SegmentFacets.Read(context.AtomicReader));
        _hits = new FixedBitSet(Math.Max(1, context.AtomicReader.MaxDoc));
        _hitCount = 0;
    }

    public void Collect(int doc)
    {
        _hits!.Set(doc);
        _hitCount++;
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
        if (_segment is not { } segment || _hits is not { } hits || _hitCount == 0)
            return;
        var perMatch = (long)_hitCount * segment.Slots.Length / Math.Max(1, segment.Starts.Length - 1);
        var perValue = (long)segment.Labels.Length * hits.GetBits().Length;
        if (perMatch <= perValue)
            AddEachMatch(segment, hits);
        else
            for (var slot = 0; slot < segment.Labels.Length; slot++)
                Add(segment.Labels[slot], (int)FixedBitSet.IntersectionCount(hits, segment.Entries[slot]));
        _segment = null;
    }

    private void AddEachMatch(SegmentFacets segment, FixedBitSet hits)
    {
        var counts = new int[segment.Labels.Length];
        var (starts, slots, size) = (segment.Starts, segment.Slots, segment.Starts.Length - 1);
        for (var doc = size > 0 ? hits.NextSetBit(0) : -1; doc >= 0; doc = doc + 1 < size ? hits.NextSetBit(doc + 1) : -1)
            for (var i = starts[doc]; i < starts[doc + 1]; i++)
                counts[slots[i]]++;
        for (var slot = 0; slot < counts.Length; slot++)
            Add(segment.Labels[slot], counts[slot]);
    }

    private void Add((string Facet, string Value) label, int count)
    {
        if (count > 0)
            _counts[label] = _counts.GetValueOrDefault(label) + count;
    }

    /// <summary>
    /// One segment's facet values: entry d has the values Labels[Slots[Starts[d] .. Starts[d + 1]]],
    /// and Entries[slot] marks the entries that have the value Labels[slot].
    /// </summary>
    private sealed record SegmentFacets(int[] Starts, int[] Slots, (string Facet, string Value)[] Labels, FixedBitSet[] Entries)
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
            var size = Math.Max(1, reader.MaxDoc);
            var entries = labels.Select(_ => new FixedBitSet(size)).ToArray();
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
                    {
                        slots.Add(offset + (int)ord);
                        entries[offset + (int)ord].Set(doc);
                    }
                }
            }
            starts[reader.MaxDoc] = slots.Count;
            return new SegmentFacets(starts, [.. slots], [.. labels], entries);
        }
    }
}
