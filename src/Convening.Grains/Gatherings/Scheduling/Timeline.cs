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

    public DateTimeOffset Origin { get; }

    public int Minutes { get; }

    public DateTimeOffset At(int minute) => Origin.AddMinutes(minute);

    /// <summary>Weekly windows as spans: each window on each day it falls in the search, in the zone's own time.</summary>
    public List<Span> Weekly(IReadOnlyList<AvailabilityWindow> windows, TimeZoneInfo zone)
    {
        var spans = new List<Span>();
        if (windows.Count == 0)
            return spans;
        var (first, last) = Days(zone);
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var midnight = day.ToDateTime(TimeOnly.MinValue);
            foreach (var w in windows)
            {
                if (w.Day == day.DayOfWeek)
                    spans.Add(Clip(ZonedTime.Earliest(midnight.AddMinutes(w.FromMinute), zone), ZonedTime.Latest(midnight.AddMinutes(w.ToMinute), zone)));
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
