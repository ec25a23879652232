namespace Convening.Contracts.LifePictures;

/// <summary>
/// Adds up a place's contributions into one table of cells and relations, suppresses it once with
/// <see cref="SmallNumbers"/>, and answers every question from that protected table alone.
/// </summary>
public sealed class LifeTotals
{
    private readonly List<int> _counts = [];
    private readonly List<Relation> _relations = [];
    private readonly Dictionary<(LifeArea, string), int> _area = [];
    private readonly Dictionary<string, int> _combination = [];
    private readonly Dictionary<string, int> _stream = [];
    private readonly bool[] _hidden;
    private readonly int _people;
    private readonly int _derived;
    private readonly string _placeSlug;

    private LifeTotals(string placeSlug, IReadOnlyCollection<Contribution> contributions, IReadOnlyList<string> streamIds)
    {
        _placeSlug = placeSlug;
        _people = contributions.Count;
        var people = Cell(_people);
        foreach (var area in LifeAreas.All)
        {
            var recorded = contributions.Select(c => c.Areas.FirstOrDefault(a => a.Area == area)).Where(a => a is not null).ToList();
            int Area(string name, int count) => _area[(area, name)] = Cell(count);
            var rec = Area("recorded", recorded.Count);
            var not = Area("not-recorded", _people - recorded.Count);
            var want = Area("wanting", recorded.Count(a => a!.HasGoal));
            var noGoal = Area("no-goal", recorded.Count(a => !a!.HasGoal));
            var yes = Area("yes", recorded.Count(a => a!.Match == SupportMatch.Yes));
            var partly = Area("partly", recorded.Count(a => a!.Match == SupportMatch.Partly));
            var no = Area("no", recorded.Count(a => a!.Match == SupportMatch.No));
            _relations.Add(new Relation(people, [rec, not]));
            _relations.Add(new Relation(rec, [want, noGoal]));
            _relations.Add(new Relation(rec, [yes, partly, no]));
        }
        foreach (var group in contributions.GroupBy(c => Key(c.FundingStreams.Where(streamIds.Contains))).OrderBy(g => g.Key, StringComparer.Ordinal))
            _combination[group.Key] = Cell(group.Count());
        _relations.Add(new Relation(people, [.. _combination.Values]));
        foreach (var stream in streamIds)
        {
            _stream[stream] = Cell(contributions.Count(c => c.FundingStreams.Contains(stream)));
            _relations.Add(new Relation(_stream[stream], [.. _combination.Where(c => Streams(c.Key).Contains(stream)).Select(c => c.Value)]));
        }
        // A region of any Venn of up to three streams can be worked out from the published figures
        // (everyone minus a stream's people, say): those of 1 to 4 people join the table unpublished,
        // so suppression keeps them from being solved too. Larger ones cannot give anyone away.
        var derived = new List<int>();
        var regions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var asked in VennChoices(streamIds))
        {
            for (var mask = 0; mask < 1 << asked.Count; mask++)
            {
                var inside = asked.Where((_, i) => (mask & (1 << i)) != 0).ToList();
                var members = _combination.Where(c => asked.All(s => Streams(c.Key).Contains(s) == inside.Contains(s))).Select(c => c.Value).ToList();
                var count = members.Sum(m => _counts[m]);
                if (count is 0 or >= SmallNumbers.Threshold || !regions.Add(string.Join(',', members)))
                    continue;
                var region = Cell(count);
                derived.Add(region);
                _relations.Add(new Relation(region, members));
            }
        }
        _derived = derived.Count;
        _hidden = SmallNumbers.Suppress(_counts, _relations, [people], derived);
    }

    /// <summary>Builds and suppresses the table; fewer than 5 people is refused, as nothing could be shown.</summary>
    public static LifeTotals Build(string placeSlug, IReadOnlyCollection<Contribution> contributions, IReadOnlyList<string> streamIds)
    {
        if (contributions.Count < SmallNumbers.Threshold)
            throw ConveningException.Conflict("totals.too-few-people",
                $"Fewer than {SmallNumbers.Threshold} people's pictures count in this place's totals, so none can be shown without risking someone being recognised.");
        return new LifeTotals(placeSlug, contributions, streamIds);
    }

    public PlaceTotals Totals()
    {
        var areas = LifeAreas.All.Select(a => new AreaTotals(a, Shown(a, "recorded"), Shown(a, "not-recorded"), Shown(a, "wanting"), Shown(a, "no-goal"),
            Shown(a, "yes"), Shown(a, "partly"), Shown(a, "no"))).ToList();
        var gaps = LifeAreas.All.Select(a => new GapTotal(a, Sum(_area[(a, "partly")], _area[(a, "no")]) ?? Difference(_area[(a, "recorded")], _area[(a, "yes")])))
            .OrderByDescending(g => g.NotMatched ?? -1).ThenBy(g => g.Area).ToList();
        var shownCombinations = _combination.Where(c => !_hidden[c.Value]).Select(c => new CombinationTotal(Streams(c.Key), _counts[c.Value]))
            .OrderByDescending(c => c.People).ThenBy(c => c.StreamIds.Count).ToList();
        var hiddenCombinations = _combination.Values.Where(c => _hidden[c]).ToList();
        // The hidden combinations together are the people minus the shown ones: a sum SmallNumbers keeps at 5 or more.
        int? other = hiddenCombinations.Count == 0 ? 0 : _people - shownCombinations.Sum(c => c.People);
        var streams = _stream.Select(s => new StreamTotal(s.Key, _hidden[s.Value] ? null : _counts[s.Value])).ToList();
        return new PlaceTotals(_placeSlug, _people, areas, gaps, shownCombinations, other, streams, _hidden.Count(h => h) - _derived);
    }

    /// <summary>Regions of a Venn of up to three streams, each the sum of shown combinations only.</summary>
    public VennTotals Venn(IReadOnlyList<string> streamIds)
    {
        var asked = streamIds.Distinct().ToList();
        if (asked.Count is < 1 or > 3)
            throw new ConveningException("totals.venn-streams", "Choose one, two or three funding streams.") { Field = "streams" };
        if (asked.FirstOrDefault(s => !_stream.ContainsKey(s)) is { } unknown)
            throw ConveningException.NotFound("funding.stream-not-found", "There is no such funding stream in this place.");
        var regions = new List<VennRegion>();
        for (var mask = 0; mask < 1 << asked.Count; mask++)
        {
            var inside = asked.Where((_, i) => (mask & (1 << i)) != 0).ToList();
            var cells = _combination.Where(c => asked.All(s => Streams(c.Key).Contains(s) == inside.Contains(s))).Select(c => c.Value);
            regions.Add(new VennRegion(inside, SmallNumbers.SumIfVisible(_counts, _hidden, cells)));
        }
        return new VennTotals(asked, regions);
    }

    private int? Shown(LifeArea area, string name) => _hidden[_area[(area, name)]] ? null : _counts[_area[(area, name)]];

    private int? Sum(params int[] cells) => SmallNumbers.SumIfVisible(_counts, _hidden, cells);

    private int? Difference(int total, int part) => _hidden[total] || _hidden[part] ? null : _counts[total] - _counts[part];

    private int Cell(int count)
    {
        _counts.Add(count);
        return _counts.Count - 1;
    }

    /// <summary>Every choice of one, two or three streams.</summary>
    private static IEnumerable<List<string>> VennChoices(IReadOnlyList<string> streamIds)
    {
        for (var a = 0; a < streamIds.Count; a++)
        {
            yield return [streamIds[a]];
            for (var b = a + 1; b < streamIds.Count; b++)
            {
                yield return [streamIds[a], streamIds[b]];
                for (var c = b + 1; c < streamIds.Count; c++)
                    yield return [streamIds[a], streamIds[b], streamIds[c]];
            }
        }
    }

    private static string Key(IEnumerable<string> streams) => string.Join('+', streams.Distinct().Order(StringComparer.Ordinal));

    private static IReadOnlyList<string> Streams(string key) => key.Length == 0 ? [] : key.Split('+');
}
