using Convening.Contracts.Gatherings;
using Convening.Contracts.People;

namespace Convening.Grains.Gatherings.Scheduling;

/// <summary>What to search: who, for how long, over which weeks, and whose calendar days to spread suggestions over.</summary>
public sealed record SchedulingRequest(
    DateTimeOffset From,
    int Weeks,
    int Minutes,
    IReadOnlyList<PersonCard> People,
    IReadOnlyList<AgencyHours> AgencyHours,
    TimeZoneInfo DisplayZone,
    int Count)
{
    /// <summary>By person id: the gatherings (of any of their groups) they are already going to in the search.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<BusyTime>> Busy { get; init; } = new Dictionary<string, IReadOnlyList<BusyTime>>();
}

/// <summary>
/// Suggests times for a gathering. Every UTC quarter hour in the search is a candidate; it is
/// ranked first by whether anyone with lived experience can come (when the group has such
/// members), then by how many sectors can come, then by how many people, then by how soon.
/// Suggestions do not overlap and, where they can, fall on different days, so the convenor has
/// real choices.
/// Counting uses a difference array per sector over each person's free spans, so the cost grows
/// with people × spans, not people × candidates.
/// </summary>
public static class Scheduler
{
    private static readonly int SectorCount = Enum.GetValues<Sector>().Length;

    public static IReadOnlyList<TimeSuggestion> Suggest(SchedulingRequest request)
    {
        var timeline = new Timeline(request.From, request.Weeks);
        var builder = new PeopleTimes(timeline, request.AgencyHours, request.Busy);
        var people = request.People.Select(builder.For).ToList();
        var counts = Count(people, timeline, request.Minutes);
        var inGroup = new bool[SectorCount];
        foreach (var p in people)
            inGroup[(int)p.Card.Sector] = true;

        var ranked = Ranked(counts, inGroup);
        var chosen = Choose(ranked, request, timeline, spreadOverDays: true);
        if (chosen.Count < request.Count)
            chosen = Choose(ranked, request, timeline, spreadOverDays: false, chosen);
        return [.. chosen.Select(slot => Describe.Suggestion(timeline, people, inGroup, slot * GatheringLimits.SlotMinutes, request.Minutes))];
    }

    /// <summary>
    /// Takes the best slots that do not overlap those already chosen; first one per day (in the
    /// display zone) so the choices are real alternatives, then, if that leaves too few, any.
    /// </summary>
    private static List<int> Choose(List<int> ranked, SchedulingRequest request, Timeline timeline, bool spreadOverDays, List<int>? already = null)
    {
        var chosen = new List<int>(already ?? []);
        var days = chosen.Select(Day).ToHashSet();
        foreach (var slot in ranked)
        {
            if (chosen.Count == request.Count)
                break;
            var start = slot * GatheringLimits.SlotMinutes;
            if (chosen.Any(c => Math.Abs(c * GatheringLimits.SlotMinutes - start) < request.Minutes))
                continue;
            if (spreadOverDays && !days.Add(Day(slot)))
                continue;
            chosen.Add(slot);
        }
        return chosen;

        DateOnly Day(int slot) => DateOnly.FromDateTime(ZonedTime.Local(timeline.At(slot * GatheringLimits.SlotMinutes), request.DisplayZone));
    }

    /// <summary>counts[sector][slot]: how many people of each sector are free for the whole gathering starting at that slot.</summary>
    private static int[][] Count(List<PersonTime> people, Timeline timeline, int minutes)
    {
        var step = GatheringLimits.SlotMinutes;
        var slots = timeline.Minutes >= minutes ? (timeline.Minutes - minutes) / step + 1 : 0;
        var counts = new int[SectorCount][];
        for (var s = 0; s < SectorCount; s++)
            counts[s] = new int[slots + 1];
        foreach (var person in people)
        {
            var diff = counts[(int)person.Card.Sector];
            foreach (var span in person.Free)
            {
                var first = (span.Start + step - 1) / step;
                var last = Math.Min((span.End - minutes) / step, slots - 1);
                if (span.End - minutes < 0 || first > last)
                    continue;
                diff[first]++;
                diff[last + 1]--;
            }
        }
        foreach (var diff in counts)
        {
            for (var i = 1; i < diff.Length; i++)
                diff[i] += diff[i - 1];
        }
        return counts;
    }

    private static List<int> Ranked(int[][] counts, bool[] inGroup)
    {
        var slots = counts[0].Length - 1;
        var lived = (int)Sector.LivedExperience;
        var keys = new List<(int Lived, int Sectors, int People, int Slot)>(slots);
        for (var i = 0; i < slots; i++)
        {
            int sectors = 0, total = 0;
            for (var s = 0; s < SectorCount; s++)
            {
                total += counts[s][i];
                if (counts[s][i] > 0)
                    sectors++;
            }
            if (total > 0)
                keys.Add((!inGroup[lived] || counts[lived][i] > 0 ? 1 : 0, sectors, total, i));
        }
        keys.Sort((a, b) => (b.Lived, b.Sectors, b.People, a.Slot).CompareTo((a.Lived, a.Sectors, a.People, b.Slot)));
        return [.. keys.Select(k => k.Slot)];
    }
}
