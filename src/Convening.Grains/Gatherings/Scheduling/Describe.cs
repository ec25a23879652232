using Convening.Contracts.Gatherings;
using Convening.Contracts.People;

namespace Convening.Grains.Gatherings.Scheduling;

/// <summary>Explains one suggested time: who can come, which sectors are in the room and which are not, and why others cannot.</summary>
internal static class Describe
{
    public static TimeSuggestion Suggestion(Timeline timeline, List<PersonTime> people, bool[] inGroup, int start, int minutes)
    {
        var end = start + minutes;
        var can = new List<PersonTime>();
        var cannot = new List<(PersonTime Person, CannotComeReason Reason)>();
        foreach (var p in people)
        {
            if (p.WhyNot(start, end) is { } reason)
                cannot.Add((p, reason));
            else
                can.Add(p);
        }
        var sectors = can.GroupBy(p => p.Card.Sector).OrderBy(g => g.Key).Select(g => new SectorCount(g.Key, g.Count())).ToList();
        var missing = Enum.GetValues<Sector>().Where(s => inGroup[(int)s] && sectors.All(c => c.Sector != s)).ToList();
        var named = GatheringLimits.PeopleNamedPerSuggestion;
        return new TimeSuggestion(
            timeline.At(start),
            timeline.At(end),
            can.Count,
            people.Count,
            sectors,
            missing,
            missing.Contains(Sector.LivedExperience),
            [.. Ordered(can, p => p).Take(named).Select(p => Ref(p.Card))],
            [.. Ordered(cannot, c => c.Person).Take(named).Select(c => new CannotCome(Ref(c.Person.Card), c.Person.Card.Organisation, c.Reason, c.Person.Card.Deputy))],
            cannot.Count);
    }

    // People with lived experience first: theirs are the voices a convenor most needs to keep in the room.
    private static IEnumerable<T> Ordered<T>(IEnumerable<T> items, Func<T, PersonTime> person) =>
        items.OrderBy(i => person(i).Card.Sector == Sector.LivedExperience ? 0 : 1)
            .ThenBy(i => person(i).Card.Sector)
            .ThenBy(i => person(i).Card.DisplayName, StringComparer.OrdinalIgnoreCase);

    public static PersonRef Ref(PersonCard card) => new(card.Id, card.DisplayName, card.Sector);
}
