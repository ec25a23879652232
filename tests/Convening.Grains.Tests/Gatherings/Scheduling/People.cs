using Convening.Contracts.Gatherings;
using Convening.Contracts.People;
using Convening.Grains.Gatherings.Scheduling;

namespace Convening.Grains.Tests.Gatherings.Scheduling;

/// <summary>Builds people and searches for the scheduler tests.</summary>
public static class People
{
    /// <summary>A Monday, in winter, so that London is on GMT.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    public static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static PersonCard Person(string name, Sector sector, string zone, string hours, DayOfWeek[]? days = null, string organisation = "") =>
        new(name.ToLowerInvariant(), name, $"{name.ToLowerInvariant()}@example.org", sector, organisation, Hours(zone, hours, days ?? Weekdays));

    /// <summary>"09:00-17:00" on each of the days, in the zone.</summary>
    public static Availability Hours(string zone, string hours, DayOfWeek[] days)
    {
        var (from, to) = Range(hours);
        return new Availability(zone, [.. days.Select(d => new AvailabilityWindow(d, from, to))]);
    }

    public static (int From, int To) Range(string hours)
    {
        var parts = hours.Split('-');
        return (Minute(parts[0]), Minute(parts[1]));
    }

    public static IReadOnlyList<TimeSuggestion> Suggest(DateTimeOffset from, int minutes, IReadOnlyList<PersonCard> people,
        IReadOnlyList<AgencyHours>? agencies = null, int weeks = 1, int count = 5, string displayZone = "Europe/London") =>
        Scheduler.Suggest(new SchedulingRequest(from, weeks, minutes, people, agencies ?? [], TimeZoneInfo.FindSystemTimeZoneById(displayZone), count));

    public static DateTime Local(DateTimeOffset instant, string zone) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime;

    private static int Minute(string hhmm) => int.Parse(hhmm[..2]) * 60 + int.Parse(hhmm[3..]);
}
