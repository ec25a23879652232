namespace Convening.Contracts.LifePictures;

/// <summary>
/// A total that equals the sum of its parts, as published: "people recorded in Home" = yes +
/// partly + no. Anyone holding the published figures can solve these, so suppression must too.
/// </summary>
public sealed record Relation(int Total, IReadOnlyList<int> Parts);

/// <summary>
/// Small-number suppression for a table of counts of people linked by relations (decision 0035).
/// <para>
/// Primary: every count from 1 to <see cref="Threshold"/> − 1 people is hidden.
/// Secondary: hidden cells must not be recoverable from what is shown. Each relation is an equation
/// among its cells; a relation with exactly one hidden cell gives it away (a total minus its
/// parts), and one whose hidden parts sum to fewer than <see cref="Threshold"/> gives away a small
/// group. Both are mended by hiding the smallest visible cell of the relation, repeatedly, until no
/// relation gives anything away; then a whole-system check (Gaussian elimination over all relations
/// together) makes sure no hidden cell is pinned down by combining relations either, hiding more
/// until none is.
/// </para>
/// Zero is shown: it is not a count of anyone. Everything a reader may ask for is then summed from
/// the visible cells only (<see cref="SumIfVisible"/>), so two overlapping questions reveal nothing
/// the one protected table does not.
/// </summary>
public static class SmallNumbers
{
    /// <summary>The fewest people a shown figure may describe.</summary>
    public const int Threshold = 5;

    private const double Tolerance = 1e-9;

    /// <summary>
    /// Which cells to hide: true for hidden. <paramref name="shownAlways"/> (such as the number of
    /// people counted, at least 5) is never chosen to hide another cell.
    /// </summary>
    /// <para>
    /// <paramref name="derived"/> cells are never shown but can be worked out from shown ones (such as
    /// the people drawing on no stream of a Venn: everyone minus those who do): they start hidden,
    /// and count as given away only when they are 1 to 4 people (decision 0044).
    /// </para>
    public static bool[] Suppress(IReadOnlyList<int> counts, IReadOnlyList<Relation> relations, IReadOnlyCollection<int>? shownAlways = null, IReadOnlyCollection<int>? derived = null)
    {
        var unpublished = derived ?? [];
        var hidden = counts.Select((c, i) => c is > 0 and < Threshold || unpublished.Contains(i)).ToArray();
        var pinned = (shownAlways ?? []).Concat(unpublished).ToHashSet();
        bool Harmless(int cell) => unpublished.Contains(cell) && counts[cell] is 0 or >= Threshold;
        while (MendOneRelation(counts, relations, hidden, pinned, Harmless) || MendSystem(counts, relations, hidden, pinned, Harmless, unpublished))
        {
        }
        return hidden;
    }

    /// <summary>The sum of the cells, or null when any of them is hidden.</summary>
    public static int? SumIfVisible(IReadOnlyList<int> counts, bool[] hidden, IEnumerable<int> cells)
    {
        var sum = 0;
        foreach (var c in cells)
        {
            if (hidden[c])
                return null;
            sum += counts[c];
        }
        return sum;
    }

    private static bool MendOneRelation(IReadOnlyList<int> counts, IReadOnlyList<Relation> relations, bool[] hidden, IReadOnlyCollection<int> pinned, Func<int, bool> harmless)
    {
        foreach (var r in relations)
        {
            var members = r.Parts.Append(r.Total).ToList();
            var hiddenCount = members.Count(m => hidden[m]);
            if (hiddenCount == 0)
                continue;
            // With the total shown, the hidden parts' sum is the total minus the shown parts.
            var hiddenParts = r.Parts.Where(p => hidden[p]).ToList();
            var givesAway = (hiddenCount == 1 && !harmless(members.Single(m => hidden[m])))
                || (!hidden[r.Total] && hiddenParts.Count > 0 && hiddenParts.Sum(p => counts[p]) < Threshold);
            if (givesAway && HideSmallestVisible(counts, hidden, r, pinned))
                return true;
        }
        return false;
    }

    /// <summary>Hides the smallest shown part that is not zero (then a zero part, then the total).</summary>
    private static bool HideSmallestVisible(IReadOnlyList<int> counts, bool[] hidden, Relation r, IReadOnlyCollection<int> pinned)
    {
        var candidates = r.Parts.Where(p => !hidden[p] && !pinned.Contains(p)).OrderBy(p => counts[p] == 0 ? 1 : 0).ThenBy(p => counts[p]).ThenBy(p => p).ToList();
        if (candidates.Count == 0 && !hidden[r.Total] && !pinned.Contains(r.Total))
            candidates.Add(r.Total);
        if (candidates.Count == 0)
            return false;
        hidden[candidates[0]] = true;
        return true;
    }

    /// <summary>
    /// Solves every relation at once for the hidden cells (the shown ones are known): a hidden cell
    /// whose unit vector lies in the row space of the reduced system is determined. For the first
    /// such cell, hides the smallest shown cell of a relation it is in.
    /// </summary>
    private static bool MendSystem(IReadOnlyList<int> counts, IReadOnlyList<Relation> relations, bool[] hidden, IReadOnlyCollection<int> pinned, Func<int, bool> harmless, IReadOnlyCollection<int> derived)
    {
        var unknowns = Enumerable.Range(0, counts.Count).Where(c => hidden[c]).ToArray();
        if (unknowns.Length == 0)
            return false;
        var rows = Rows(relations, hidden, unknowns);
        foreach (var determined in Determined(rows, unknowns.Length).Select(i => unknowns[i]).Where(c => !harmless(c)))
        {
            if (derived.Contains(determined) && HideWhatPinsDown(counts, relations, hidden, pinned, determined))
                return true;
            var own = relations.Where(r => r.Total == determined || r.Parts.Contains(determined)).ToList();
            foreach (var r in own)
            {
                if (HideSmallestVisible(counts, hidden, r, pinned))
                    return true;
            }
            // Every cell of its own relations is hidden already: what pins it down is a shown figure
            // of a neighbouring relation (a stream's total, say), so hide the smallest of those.
            var near = own.SelectMany(r => r.Parts.Append(r.Total)).ToHashSet();
            var neighbour = relations.Where(r => near.Contains(r.Total) || r.Parts.Any(near.Contains))
                .SelectMany(r => r.Parts.Append(r.Total)).Distinct()
                .Where(c => !hidden[c] && !pinned.Contains(c)).OrderBy(c => counts[c]).ThenBy(c => c).ToList();
            if (neighbour.Count > 0)
            {
                hidden[neighbour[0]] = true;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A derived cell is pinned down by shown figures that need not be in its own relation (everyone
    /// minus a stream's total): hides the smallest shown figure whose hiding leaves it unsolved.
    /// </summary>
    private static bool HideWhatPinsDown(IReadOnlyList<int> counts, IReadOnlyList<Relation> relations, bool[] hidden, IReadOnlyCollection<int> pinned, int cell)
    {
        var candidates = Enumerable.Range(0, counts.Count).Where(c => !hidden[c] && !pinned.Contains(c))
            .OrderBy(c => counts[c] == 0 ? 1 : 0).ThenBy(c => counts[c]).ThenBy(c => c);
        foreach (var candidate in candidates)
        {
            hidden[candidate] = true;
            if (!IsDetermined(counts, relations, hidden, cell))
                return true;
            hidden[candidate] = false;
        }
        return false;
    }

    private static bool IsDetermined(IReadOnlyList<int> counts, IReadOnlyList<Relation> relations, bool[] hidden, int cell)
    {
        var unknowns = Enumerable.Range(0, counts.Count).Where(c => hidden[c]).ToArray();
        var rows = Rows(relations, hidden, unknowns);
        return Determined(rows, unknowns.Length).Any(i => unknowns[i] == cell);
    }

    /// <summary>Each relation as a row over the hidden cells (the shown ones are known).</summary>
    private static List<double[]> Rows(IReadOnlyList<Relation> relations, bool[] hidden, int[] unknowns)
    {
        var column = unknowns.Select((cell, i) => (cell, i)).ToDictionary(x => x.cell, x => x.i);
        var rows = new List<double[]>();
        foreach (var r in relations)
        {
            var row = new double[unknowns.Length];
            if (hidden[r.Total])
                row[column[r.Total]] += 1;
            foreach (var p in r.Parts.Where(p => hidden[p]))
                row[column[p]] -= 1;
            if (row.Any(v => Math.Abs(v) > Tolerance))
                rows.Add(row);
        }
        return rows;
    }

    /// <summary>Columns j for which e_j is in the row space: a pivot column whose reduced row is zero elsewhere.</summary>
    private static IEnumerable<int> Determined(List<double[]> rows, int width)
    {
        var pivotRowOf = new Dictionary<int, int>();
        var rank = 0;
        for (var col = 0; col < width && rank < rows.Count; col++)
        {
            var pivot = Enumerable.Range(rank, rows.Count - rank).FirstOrDefault(r => Math.Abs(rows[r][col]) > Tolerance, -1);
            if (pivot < 0)
                continue;
            (rows[rank], rows[pivot]) = (rows[pivot], rows[rank]);
            var lead = rows[rank][col];
            for (var k = 0; k < width; k++)
                rows[rank][k] /= lead;
            for (var r = 0; r < rows.Count; r++)
            {
                if (r == rank || Math.Abs(rows[r][col]) <= Tolerance)
                    continue;
                var factor = rows[r][col];
                for (var k = 0; k < width; k++)
                    rows[r][k] -= factor * rows[rank][k];
            }
            pivotRowOf[col] = rank++;
        }
        return pivotRowOf
            .Where(p => Enumerable.Range(0, width).All(k => k == p.Key || Math.Abs(rows[p.Value][k]) <= Tolerance))
            .Select(p => p.Key);
    }
}
