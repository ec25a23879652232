using Convening.Contracts.Gatherings;
using Convening.Contracts.People;

namespace Convening.Grains.Gatherings.Scheduling;

/// <summary>
/// Works out everyone's free time on a timeline. People in a large group mostly share a handful
/// of weekly patterns and agencies, so each distinct (time zone, hours, agency) is expanded once
/// and shared; only absences and the gatherings they are already going to are worked out person by person.
/// </summary>
public sealed class PeopleTimes(Timeline timeline, IReadOnlyList<AgencyHours> agencyHours, IReadOnlyDictionary<string, IReadOnlyList<BusyTime>>? busy = null)
{
    private readonly Dictionary<string, AgencyHours> _agencies = agencyHours
        .GroupBy(a => Key(a.Organisation))
        .ToDictionary(g => g.Key, g => g.First());
    private readonly Dictionary<string, TimeZoneInfo?> _zones = [];
    private readonly Dictionary<string, IReadOnlyList<Span>> _weekly = [];
    private readonly Dictionary<string, (IReadOnlyList<Span>? Own, IReadOnlyList<Span>? Agency, IReadOnlyList<Span> Free)> _shared = [];

    public PersonTime For(PersonCard card)
    {
        var zone = Zone(card.Availability.TimeZone);
        var agency = _agencies.GetValueOrDefault(Key(card.Organisation));
        var sharedKey = Signature(card.Availability) + "\n" + (agency is null ? "" : Key(agency.Organisation));
        if (!_shared.TryGetValue(sharedKey, out var shared))
        {
            var own = zone is null || card.Availability.Windows.Count == 0 ? null : Weekly(card.Availability, zone);
            var agencySpans = agency is null || Zone(agency.Hours.TimeZone) is not { } agencyZone ? null : Weekly(agency.Hours, agencyZone);
            IReadOnlyList<Span> free = own is null ? [] : agencySpans is null ? own : Spans.Intersect(own, agencySpans);
            _shared[sharedKey] = shared = (own, agencySpans, free);
        }
        var away = card.Absences.Count == 0 || zone is null ? [] : timeline.Away(card.Absences, zone);
        var freeTime = away.Count == 0 ? shared.Free : Spans.Subtract(shared.Free, away);
        var meeting = Meeting(card.Id);
        if (meeting.Count > 0)
            freeTime = Spans.Subtract(freeTime, meeting);
        return new PersonTime(card, shared.Own, shared.Agency, away, freeTime) { Meeting = meeting };
    }

    /// <summary>The person's gatherings as spans on the timeline.</summary>
    private List<Span> Meeting(string personId) =>
        busy?.GetValueOrDefault(personId) is { Count: > 0 } times
            ? Spans.Normalize([.. times.Select(t => new Span(timeline.MinuteOf(t.Start), timeline.MinuteOf(t.End)))])
            : [];

    private IReadOnlyList<Span> Weekly(Availability hours, TimeZoneInfo zone)
    {
        var signature = Signature(hours);
        if (!_weekly.TryGetValue(signature, out var spans))
            _weekly[signature] = spans = timeline.Weekly(hours.Windows, zone);
        return spans;
    }

    // Stored hours were checked when saved, but a zone can vanish from the system's database; such
    // a person is treated as not having given their hours rather than failing the whole search.
    private TimeZoneInfo? Zone(string id)
    {
        if (!_zones.TryGetValue(id, out var zone))
            _zones[id] = zone = TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : null;
        return zone;
    }

    private static string Signature(Availability hours) =>
        hours.TimeZone + ":" + string.Join(',', hours.Windows.Select(w => $"{(int)w.Day}/{w.FromMinute}/{w.ToMinute}"));

    private static string Key(string organisation) => organisation.Trim().ToLowerInvariant();
}
