using System.Globalization;
using Convening.Contracts;

namespace Convening.Web.People;

/// <summary>Minutes since midnight shown as "HH:mm"; 24:00 allowed as the end of a day.</summary>
public static class TimeOfDay
{
    public static string Format(int minutes) => $"{minutes / 60:00}:{minutes % 60:00}";

    public static int Parse(string? text, string field)
    {
        var parts = (text ?? "").Trim().Split(':');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && parts[1].Length == 2 && m < 60 && (h < 24 || (h == 24 && m == 0)))
            return h * 60 + m;
        throw new ConveningException("availability.bad-time", $"Enter the {field} time like 09:30.");
    }
}
