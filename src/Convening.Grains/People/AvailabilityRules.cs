using Convening.Contracts;
using Convening.Contracts.People;

namespace Convening.Grains.People;

/// <summary>Checks a person's weekly availability: a known time zone, sane, non-overlapping windows.</summary>
public static class AvailabilityRules
{
    public static Availability Validate(Availability availability)
    {
        var zone = Check.Text(availability.TimeZone, "time-zone", 64);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            throw new ConveningException("availability.unknown-time-zone", $"'{zone}' is not a time zone we know, like Europe/London.");
        var windows = availability.Windows ?? [];
        if (windows.Count > Limits.AvailabilityWindows)
            throw new ConveningException("availability.too-many-windows", $"Give at most {Limits.AvailabilityWindows} windows a week.");
        foreach (var w in windows)
        {
            if (!Enum.IsDefined(w.Day) || w.FromMinute is < 0 or >= 24 * 60 || w.ToMinute is < 1 or > 24 * 60)
                throw new ConveningException("availability.out-of-range", "Times must be within a day, from 00:00 to 24:00.");
            if (w.ToMinute <= w.FromMinute)
                throw new ConveningException("availability.ends-before-start", $"On {w.Day} a window ends before it starts.");
        }
        var sorted = windows.OrderBy(w => w.Day).ThenBy(w => w.FromMinute).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Day == sorted[i - 1].Day && sorted[i].FromMinute < sorted[i - 1].ToMinute)
                throw new ConveningException("availability.overlapping", $"On {sorted[i].Day} two windows overlap. Join them into one.");
        }
        return new Availability(zone, sorted);
    }
}
