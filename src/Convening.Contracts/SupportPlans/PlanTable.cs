using Convening.Contracts.LifePictures;

namespace Convening.Contracts.SupportPlans;

/// <summary>
/// Agreed plans by funding stream, suppressed with <see cref="SmallNumbers"/>: for each stream the
/// people it pays into (those who took a cash equivalent + those who did not); money is shown only
/// beside a count of people that is shown, so no amount describes fewer than 5 people.
/// </summary>
public static class PlanTable
{
    public static PlanTotals Build(string placeSlug, IReadOnlyCollection<PlanContribution> plans, IReadOnlyList<string> streamIds)
    {
        if (plans.Count < SmallNumbers.Threshold)
            throw ConveningException.Conflict("totals.too-few-people",
                $"Fewer than {SmallNumbers.Threshold} people's agreed plans count in this place's totals, so none can be shown without risking someone being recognised.");
        var counts = new List<int> { plans.Count };
        var relations = new List<Relation>();
        var cells = new List<(string Stream, int People, int Taking, long Spend, long Cash)>();
        foreach (var stream in streamIds)
        {
            var drawing = plans.Select(p => p.Streams.FirstOrDefault(s => s.StreamId == stream)).OfType<StreamSpend>().ToList();
            var taking = drawing.Count(s => s.CashTakenPence > 0);
            counts.AddRange([drawing.Count, taking, drawing.Count - taking]);
            var at = counts.Count - 3;
            relations.Add(new Relation(at, [at + 1, at + 2]));
            cells.Add((stream, at, at + 1, drawing.Sum(s => s.SpendPence), drawing.Sum(s => s.CashTakenPence)));
        }
        var hidden = SmallNumbers.Suppress(counts, relations, [0]);
        var rows = cells.Select(c => new StreamPlanTotal(c.Stream,
            hidden[c.People] ? null : counts[c.People],
            hidden[c.People] ? null : c.Spend,
            hidden[c.Taking] ? null : counts[c.Taking],
            hidden[c.Taking] ? null : c.Cash)).ToList();
        return new PlanTotals(placeSlug, plans.Count, rows, hidden.Count(h => h));
    }
}
