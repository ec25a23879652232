using Convening.Contracts;
using Convening.Contracts.People;
using Convening.Web.People;

namespace Convening.Web.Pages.People;

/// <summary>
/// A day's hours as people write them, "09:00-12:30, 14:00-16:00", turned into availability
/// windows and back. Errors name the day so that each can sit beside its own box.
/// </summary>
public static class WeeklyHours
{
    /// <summary>Monday first, as a British week is written.</summary>
    public static IReadOnlyList<DayOfWeek> Days { get; } =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    public static string FieldId(DayOfWeek day) => "hours-" + day.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, DayOfWeek day, out IReadOnlyList<AvailabilityWindow> windows, out string? error)
    {
        var parsed = new List<AvailabilityWindow>();
        windows = parsed;
        error = null;
        foreach (var range in (text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = range.Replace('–', '-').Replace(" to ", "-", StringComparison.OrdinalIgnoreCase).Split('-');
            if (ends.Length != 2 || !TryTime(ends[0], out var from) || !TryTime(ends[1], out var to))
            {
                error = $"Enter {day}’s hours like 09:00-12:30, 14:00-16:00, using the 24-hour clock.";
                return false;
            }
            if (to <= from)
            {
                error = $"On {day}, {range} ends before it starts.";
                return false;
            }
            parsed.Add(new AvailabilityWindow(day, from, to));
        }
        parsed.Sort((a, b) => a.FromMinute.CompareTo(b.FromMinute));
        for (var i = 1; i < parsed.Count; i++)
        {
            if (parsed[i].FromMinute < parsed[i - 1].ToMinute)
            {
                error = $"On {day}, {Range(parsed[i - 1])} and {Range(parsed[i])} overlap. Join them into one.";
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Reads every day's box from a form, keeping what was typed and reporting each day's mistake
    /// against its own box, so that all the mistakes are shown at once.
    /// </summary>
    public static List<AvailabilityWindow> Read(IFormCollection form, IDictionary<DayOfWeek, string> typed, Action<string, string> error)
    {
        var windows = new List<AvailabilityWindow>();
        foreach (var day in Days)
        {
            var text = form[FieldId(day)].ToString();
            typed[day] = text;
            if (TryParse(text, day, out var parsed, out var message))
                windows.AddRange(parsed);
            else
                error(FieldId(day), message!);
        }
        return windows;
    }

    /// <summary>One day's windows as they are typed: "09:00-12:30, 14:00-16:00".</summary>
    public static string Format(IEnumerable<AvailabilityWindow> windows, DayOfWeek day, string to = "-") =>
        string.Join(", ", windows.Where(w => w.Day == day).OrderBy(w => w.FromMinute).Select(w => Range(w, to)));

    /// <summary>"Monday to Thursday: 09:30 to 12:30", days with the same hours together, for reading.</summary>
    public static IEnumerable<string> Describe(Availability availability) =>
        Days.Select(d => (Day: d, Hours: Format(availability.Windows, d, " to ")))
            .Where(x => x.Hours.Length > 0)
            .GroupBy(x => x.Hours)
            .Select(g => $"{DayList([.. g.Select(x => x.Day)])}: {g.Key}");

    private static string DayList(IReadOnlyList<DayOfWeek> days)
    {
        static int Index(DayOfWeek d) => ((int)d + 6) % 7;
        if (days.Count >= 3 && Index(days[^1]) - Index(days[0]) == days.Count - 1)
            return $"{days[0]} to {days[^1]}";
        return days.Count == 1 ? days[0].ToString() : $"{string.Join(", ", days.SkipLast(1))} and {days[^1]}";
    }

    private static string Range(AvailabilityWindow w, string to = "-") => $"{TimeOfDay.Format(w.FromMinute)}{to}{TimeOfDay.Format(w.ToMinute)}";

    private static bool TryTime(string text, out int minutes)
    {
        try
        {
            minutes = TimeOfDay.Parse(text, "");
            return true;
        }
        catch (ConveningException)
        {
            minutes = 0;
            return false;
        }
    }
}
