using Convening.Contracts;
using Convening.Contracts.LifePictures;

namespace Convening.Grains.Tests.LifePictures;

/// <summary>Suppression as an attacker would test it: totals minus parts, and questions that overlap.</summary>
public sealed class SmallNumbersTests
{
    [Fact]
    public void ACountUnderFive_IsHidden_AndSoIsAnotherPart_SoTotalMinusPartsGivesNothing()
    {
        // total 12 = 3 + 9: hiding only the 3 would leave 12 - 9 = 3.
        var hidden = SmallNumbers.Suppress([12, 3, 9], [new Relation(0, [1, 2])]);

        Assert.Equal([false, true, true], hidden);
    }

    [Fact]
    public void HiddenPartsThatSumUnderFive_PullInAnotherPart()
    {
        // 20 = 1 + 2 + 8 + 9: the 1 and 2 together are 3, still a small group, so the 8 is hidden too.
        var hidden = SmallNumbers.Suppress([20, 1, 2, 8, 9], [new Relation(0, [1, 2, 3, 4])]);

        Assert.Equal([false, true, true, true, false], hidden);
    }

    [Fact]
    public void ZeroIsShown_AndFiveIsShown()
    {
        Assert.Equal([false, false, false], SmallNumbers.Suppress([5, 0, 5], [new Relation(0, [1, 2])]));
    }

    [Fact]
    public void RelationsThatAreSafeOneByOne_ButSolvableTogether_AreMended()
    {
        // Cells: people, none, atw, atw+asc, asc, stream atw, stream asc.
        int[] counts = [20, 8, 7, 3, 2, 10, 5];
        Relation[] relations = [new(0, [1, 2, 3, 4]), new(5, [2, 3]), new(6, [3, 4])];

        var hidden = SmallNumbers.Suppress(counts, relations, [0]);

        Assert.True(hidden[3] && hidden[4]);
        AssertNothingHiddenIsDetermined(counts, relations, hidden);
    }

    [Fact]
    public void EveryRandomTable_LeavesNoHiddenCountWorkedOutFromTheShownOnes()
    {
        var random = new Random(20);
        for (var round = 0; round < 300; round++)
        {
            var people = Enumerable.Range(0, random.Next(5, 40)).Select(_ => Person(random)).ToList();
            var streams = new[] { "a", "b", "c", "d" };
            var table = LifeTotals.Build("p", people, streams);
            var totals = table.Totals();

            foreach (var area in totals.Areas)
            {
                Assert.All(new[] { area.Recorded, area.NotRecorded, area.Wanting, area.NoGoal, area.Matches, area.PartlyMatches, area.DoesNotMatch },
                    v => Assert.True(v is null or 0 or >= SmallNumbers.Threshold));
                AssertNoSingleHidden(area.Recorded, [area.Matches, area.PartlyMatches, area.DoesNotMatch]);
                AssertNoSingleHidden(area.Recorded, [area.Wanting, area.NoGoal]);
                AssertNoSingleHidden(totals.People, [area.Recorded, area.NotRecorded]);
            }
            Assert.All(totals.Combinations, c => Assert.True(c.People is 0 or >= SmallNumbers.Threshold));
            Assert.True(totals.OtherCombinations is null or 0 or >= SmallNumbers.Threshold);
            Assert.All(totals.Gaps, g => Assert.True(g.NotMatched is null or 0 or >= SmallNumbers.Threshold));

            // Overlapping questions: every Venn region, and each region's complement within a
            // stream, is either hidden or at least 5, because each is a sum of shown base cells.
            foreach (var pair in new[] { new[] { "a", "b" }, ["a", "b", "c"], ["b", "c", "d"], ["a"] })
            {
                var venn = table.Venn(pair);
                Assert.All(venn.Regions, r => Assert.True(r.People is null or 0 or >= SmallNumbers.Threshold));
                Assert.All(venn.Regions.Where(r => r.People is not null), r =>
                    Assert.Equal(people.Count(p => pair.All(s => p.FundingStreams.Contains(s) == r.In.Contains(s))), r.People));
                var hiddenTogether = totals.People - venn.Regions.Sum(r => r.People ?? 0);
                Assert.True(hiddenTogether is 0 or >= SmallNumbers.Threshold, "The hidden regions of a Venn add up to fewer than 5.");
            }
        }
    }

    [Fact]
    public void TwoOverlappingVenns_NeverDisagreeWithTheTable_NorRevealAHiddenCombination()
    {
        // a∧b∧c is 3 people: hidden. a∧b∧¬c is 10. A two-stream Venn must not show a∧b = 13.
        var people = Enumerable.Repeat(Contribution(["a", "b", "c"]), 3)
            .Concat(Enumerable.Repeat(Contribution(["a", "b"]), 10))
            .Concat(Enumerable.Repeat(Contribution([]), 12)).ToList();
        var table = LifeTotals.Build("p", people, ["a", "b", "c"]);

        var two = table.Venn(["a", "b"]);
        var three = table.Venn(["a", "b", "c"]);

        var ab = two.Regions.Single(r => r.In.Count == 2).People;
        var abNotC = three.Regions.Single(r => r.In.SequenceEqual(["a", "b"])).People;
        Assert.False(ab is not null && abNotC is not null && ab - abNotC is > 0 and < SmallNumbers.Threshold);
        Assert.Null(three.Regions.Single(r => r.In.Count == 3).People);
    }

    [Fact]
    public void NoVennRegionUnderFive_CanBeWorkedOut_FromEverythingTheCommissionerSees()
    {
        // Everything published about funding (people, each stream, each shown combination, the
        // other combinations together) is a set of linear equations over the combination cells.
        // A region of any Venn (of 1 to 3 streams) with 1 to 4 people must not be solvable from them.
        var random = new Random(44);
        string[] streams = ["a", "b", "c", "d"];
        for (var round = 0; round < 200; round++)
        {
            var people = Enumerable.Range(0, random.Next(5, 40)).Select(_ => Person(random)).ToList();
            var totals = LifeTotals.Build("p", people, streams).Totals();
            var combinations = people.Select(p => Key(p.FundingStreams)).Distinct().ToList();
            var count = combinations.ToDictionary(c => c, c => people.Count(p => Key(p.FundingStreams) == c));
            var shown = totals.Combinations.Select(c => Key(c.StreamIds)).ToHashSet();
            var hidden = combinations.Where(c => !shown.Contains(c)).ToList();
            // Each published figure, less its shown combinations, is a known sum of hidden ones.
            var known = new List<double[]> { hidden.Select(_ => 1.0).ToArray() };
            known.AddRange(totals.Streams.Where(s => s.People is not null)
                .Select(s => hidden.Select(h => h.Split('+').Contains(s.StreamId) ? 1.0 : 0).ToArray()));
            foreach (var asked in Subsets(streams))
            {
                for (var mask = 0; mask < 1 << asked.Length; mask++)
                {
                    var inside = asked.Where((_, i) => (mask & (1 << i)) != 0).ToHashSet();
                    bool InRegion(string c) => asked.All(s => c.Split('+').Contains(s) == inside.Contains(s));
                    var real = combinations.Where(InRegion).Sum(c => count[c]);
                    var hiddenPart = hidden.Select(h => InRegion(h) ? 1.0 : 0).ToArray();
                    if (hiddenPart.All(v => v == 0) || real is 0 or >= SmallNumbers.Threshold)
                        continue;
                    Assert.True(Rank([.. known, hiddenPart]) > Rank(known),
                        $"Round {round}: the {real} people in [{string.Join(',', inside)}] of a Venn of [{string.Join(',', asked)}] can be worked out.");
                }
            }
        }
    }

    [Fact]
    public void FewerThanFivePeople_IsRefused()
    {
        var error = Assert.Throws<ConveningException>(() => LifeTotals.Build("p", [Contribution([]), Contribution([]), Contribution([])], []));

        Assert.Equal("totals.too-few-people", error.Code);
    }

    private static void AssertNoSingleHidden(int? total, int?[] parts)
    {
        if (total is not null)
            Assert.NotEqual(1, parts.Count(p => p is null));
        if (total is not null && parts.Any(p => p is null))
            Assert.True(total - parts.Sum(p => p ?? 0) >= SmallNumbers.Threshold, "The hidden parts add up to fewer than 5.");
    }

    /// <summary>The unit vector of a hidden cell must not lie in the row space of the relations over hidden cells.</summary>
    private static void AssertNothingHiddenIsDetermined(int[] counts, Relation[] relations, bool[] hidden)
    {
        var unknowns = Enumerable.Range(0, counts.Length).Where(c => hidden[c]).ToList();
        var rows = relations.Select(r => unknowns.Select(u => (double)((r.Total == u ? 1 : 0) - (r.Parts.Contains(u) ? 1 : 0))).ToArray()).ToList();
        foreach (var target in Enumerable.Range(0, unknowns.Count))
        {
            var withTarget = rows.Append(Enumerable.Range(0, unknowns.Count).Select(i => i == target ? 1.0 : 0).ToArray()).ToList();
            Assert.True(Rank(withTarget) > Rank(rows), $"Hidden cell {unknowns[target]} can be worked out.");
        }
    }

    private static int Rank(List<double[]> matrix)
    {
        var m = matrix.Select(r => (double[])r.Clone()).ToList();
        var rank = 0;
        for (var col = 0; col < (m.Count == 0 ? 0 : m[0].Length) && rank < m.Count; col++)
        {
            var pivot = Enumerable.Range(rank, m.Count - rank).FirstOrDefault(r => Math.Abs(m[r][col]) > 1e-9, -1);
            if (pivot < 0)
                continue;
            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (var r = 0; r < m.Count; r++)
            {
                if (r == rank)
                    continue;
                var f = m[r][col] / m[rank][col];
                for (var k = 0; k < m[r].Length; k++)
                    m[r][k] -= f * m[rank][k];
            }
            rank++;
        }
        return rank;
    }

    private static Contribution Person(Random random) => new(
        [.. LifeAreas.All.Where(_ => random.Next(3) > 0).Select(a => new AreaContribution(a, random.Next(2) == 0, (SupportMatch)random.Next(3)))],
        [.. new[] { "a", "b", "c", "d" }.Where(_ => random.Next(3) == 0)]);

    private static string Key(IEnumerable<string> streams) => string.Join('+', streams.Order(StringComparer.Ordinal));

    private static IEnumerable<string[]> Subsets(string[] streams) =>
        Enumerable.Range(1, (1 << streams.Length) - 1).Select(m => streams.Where((_, i) => (m & (1 << i)) != 0).ToArray()).Where(s => s.Length <= 3);

    private static Contribution Contribution(string[] streams) => new([new AreaContribution(LifeArea.Home, true, SupportMatch.Yes)], streams);
}
