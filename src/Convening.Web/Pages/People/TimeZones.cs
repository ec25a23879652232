namespace Convening.Web.Pages.People;

/// <summary>The time zones people in UK places and their partners most often work in.</summary>
public static class TimeZones
{
    public const string Default = "Europe/London";

    private static readonly string[] Common =
    [
        "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Paris", "Europe/Brussels", "Europe/Amsterdam",
        "Europe/Berlin", "Europe/Madrid", "Europe/Rome", "Europe/Stockholm", "Europe/Warsaw", "Europe/Athens",
        "Europe/Helsinki", "Atlantic/Reykjavik", "America/St_Johns", "America/Halifax", "America/New_York",
        "America/Toronto", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Sao_Paulo",
        "Africa/Lagos", "Africa/Nairobi", "Africa/Johannesburg", "Asia/Dubai", "Asia/Karachi", "Asia/Kolkata",
        "Asia/Dhaka", "Asia/Singapore", "Asia/Hong_Kong", "Asia/Tokyo", "Australia/Perth", "Australia/Sydney",
        "Pacific/Auckland", "UTC",
    ];

    /// <summary>The common zones, plus the person's own if it is not among them (set through the API).</summary>
    public static IReadOnlyList<Choice> Choices(string? current) =>
        [.. (current is null || Common.Contains(current) ? Common : Common.Prepend(current))
            .Select(z => new Choice(z, z.Replace('_', ' ')))];
}
