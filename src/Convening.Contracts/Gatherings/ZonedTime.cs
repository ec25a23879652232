namespace Convening.Contracts.Gatherings;

/// <summary>
/// Turns a wall-clock time in a time zone into an instant, saying what happens on the days the
/// clocks change: a time the clocks skip does not exist, and a time they repeat happens twice.
/// </summary>
public static class ZonedTime
{
    public static TimeZoneInfo Zone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : throw new ConveningException("time-zone.unknown", $"'{id}' is not a time zone we know, like Europe/London.");

    /// <summary>The IANA name calendar apps understand, even for a zone found by its Windows name.</summary>
    public static string IanaId(TimeZoneInfo zone) =>
        zone.HasIanaId || !TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? zone.Id : iana;

    /// <summary>The instant a wall-clock time names; a skipped time is refused, a repeated one means its first occurrence.</summary>
    public static DateTimeOffset Exact(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
            throw new ConveningException("start.does-not-exist",
                $"{local:HH:mm} on {local:d MMMM yyyy} does not exist in {zone.Id}: the clocks go forward. Choose another time.");
        return Earliest(local, zone);
    }

    /// <summary>The earliest instant at or after a wall-clock time: the moment the clocks jump, for a skipped time.</summary>
    public static DateTimeOffset Earliest(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
            return Jump(local, zone);
        if (zone.IsAmbiguousTime(local))
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max());
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The latest instant a wall-clock time can name: the second occurrence of a repeated time.</summary>
    public static DateTimeOffset Latest(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
            return Jump(local, zone);
        if (zone.IsAmbiguousTime(local))
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Min());
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The wall-clock time at an instant, in a zone.</summary>
    public static DateTime Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    // Every wall-clock time inside a gap maps to the instant the clocks jumped. Gaps are at most a
    // couple of hours, so walking back to the last valid minute is cheap and needs no rule tables.
    private static DateTimeOffset Jump(DateTime local, TimeZoneInfo zone)
    {
        var before = local;
        while (zone.IsInvalidTime(before))
            before = before.AddMinutes(-1);
        return new DateTimeOffset(before, zone.GetUtcOffset(before)).AddMinutes(1);
    }
}
