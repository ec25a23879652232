using Convening.Contracts.Gatherings;
using Convening.Contracts.People;

namespace Convening.Grains.Gatherings.Scheduling;

/// <summary>
/// The stretch of time a search covers, measured in minutes from its origin: the first UTC
/// quarter hour at or after "from". Turns people's weekly hours and absences, in their own
/// time zones, into spans on it.
/// </summary>
public sealed class Timeline
{
    public Timeline(DateTimeOffset from, int weeks)
    {
        var slot = TimeSpan.FromMinutes(GatheringLimits.SlotMinutes).Ticks;
        var ticks = from.UtcTicks;
        Origin = new DateTimeOffset((ticks + slot - 1) / slot * slot, TimeSpan.Zero);
        Minutes = weeks * 7 * 24 * 60;
    }

    private readonly Dictionary<string, (DateOnly First, TimeSpan?[] Offsets)> _zoneDays = [];

    public DateTimeOffset Origin { get; }

    public int Minutes { get; }

    public DateTimeOffset At(int minute) => Origin.AddMinutes(minute);

    /// <summary>An instant's minute on the timeline, held to the search (before it is 0, after it is the end).</summary>
    public int MinuteOf(DateTimeOffset instant) => (int)Math.Clamp(Math.Floor((instant - Origin).TotalMinutes), 0, Minutes);

    /// <summary>Weekly windows as spans: each window on each day it falls in the search, in the zone's own time.</summary>
    public List<Span> Weekly(IReadOnlyList<AvailabilityWindow> windows, TimeZoneInfo zone)
    {
        var spans = new List<Span>();
        if (windows.Count == 0)
            return spans;
        var (first, offsets) = ZoneDays(zone);
        for (var i = 0; i < offsets.Length; i++)
        {
            var day = first.AddDays(i);
            var midnight = DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified);
            foreach (var w in windows)
            {
                if (w.Day != day.DayOfWeek)
                    continue;
                var (from, to) = (midnight.AddMinutes(w.FromMinute), midnight.AddMinutes(w.ToMinute));
                spans.Add(offsets[i] is { } o
                    ? Clip(new DateTimeOffset(from, o), new DateTimeOffset(to, o))
                    : Clip(ZonedTime.Earliest(from, zone), ZonedTime.Latest(to, zone)));
            }
        }
        return Spans.Normalize(spans);
    }

    /// <summary>Whole days away, from the start of the first to the end of the last, in the person's own time.</summary>
    public List<Span> Away(IReadOnlyList<Absence> absences, TimeZoneInfo zone)
    {
        var spans = new List<Span>(absences.Count);
        foreach (var a in absences)
        {
            var start = ZonedTime.Earliest(a.From.ToDateTime(TimeOnly.MinValue), zone);
            var end = ZonedTime.Earliest(a.To.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
            spans.Add(Clip(start, end));
        }
        return Spans.Normalize(spans);
    }

    /// <summary>
    /// The search's days in a zone's own calendar, each with the zone's offset all day long, or
    /// null on a day its clocks change. Most days have one, and using it saves a time-zone lookup
    /// per window per person: most of the work for a large group whose members' hours all differ.
    /// </summary>
    private (DateOnly First, TimeSpan?[] Offsets) ZoneDays(TimeZoneInfo zone)
    {
        if (_zoneDays.TryGetValue(zone.Id, out var known))
            return known;
        var (first, last) = Days(zone);
        var offsets = new TimeSpan?[last.DayNumber - first.DayNumber + 1];
        for (var i = 0; i < offsets.Length; i++)
        {
            var start = DateTime.SpecifyKind(first.AddDays(i).ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified);
            var end = start.AddDays(1);
            var steady = !zone.IsInvalidTime(start) && !zone.IsAmbiguousTime(start) && !zone.IsInvalidTime(end) && !zone.IsAmbiguousTime(end)
                && zone.GetUtcOffset(start) == zone.GetUtcOffset(end) && zone.GetUtcOffset(start.AddHours(12)) == zone.GetUtcOffset(start);
            offsets[i] = steady ? zone.GetUtcOffset(start) : null;
        }
        return _zoneDays[zone.Id] = (first, offsets);
    }

    private (DateOnly First, DateOnly Last) Days(TimeZoneInfo zone) =>
        (DateOnly.FromDateTime(ZonedTime.Local(Origin, zone)).AddDays(-1),
         DateOnly.FromDateTime(ZonedTime.Local(At(Minutes), zone)).AddDays(1));

    private Span Clip(DateTimeOffset start, DateTimeOffset end) =>
        new(Minute(start), Minute(end));

    private int Minute(DateTimeOffset instant)
    {
        var minutes = (instant.UtcTicks - Origin.UtcTicks) / TimeSpan.TicksPerMinute;
        return (int)Math.Clamp(minutes, 0, Minutes);
    }
}
