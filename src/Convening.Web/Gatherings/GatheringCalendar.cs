using Convening.Contracts.Gatherings;
using Convening.Web.Markdown;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Convening.Web.Gatherings;

/// <summary>
/// Writes gatherings as iCalendar (RFC 5545) that calendar apps import or subscribe to. Each
/// gathering keeps one UID for life and raises SEQUENCE when it changes, so apps update the
/// entry in place; a cancelled one stays in the feed with STATUS:CANCELLED so apps remove it.
/// </summary>
public static class GatheringCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(IEnumerable<GatheringSummary> gatherings, Func<GatheringSummary, Uri> pageOf, string name)
    {
        var calendar = new Calendar { Method = "PUBLISH", ProductId = "-//Convening//Gatherings//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        // Outlook and Apple Calendar read this as how often to fetch a subscribed feed again.
        calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");
        var scheduled = gatherings.Where(g => g.Start is not null).ToList();
        foreach (var zone in scheduled.GroupBy(g => g.Details.TimeZone))
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone.Key, zone.Min(g => g.Start!.Value).UtcDateTime.AddYears(-1), false));
        foreach (var g in scheduled)
            calendar.Events.Add(Event(g, pageOf(g)));
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent Event(GatheringSummary g, Uri page)
    {
        var zone = ZonedTime.Zone(g.Details.TimeZone);
        var cancelled = g.Status == GatheringStatus.Cancelled;
        return new CalendarEvent
        {
            Uid = g.CalendarUid,
            Sequence = g.Sequence,
            Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            // Some apps ignore STATUS in subscribed feeds; the title says it to people too.
            Summary = (cancelled ? "Cancelled: " : "") + g.Details.Title,
            Description = Description(g, page),
            Location = Location(g.Details),
            Url = page,
            DtStart = Zoned(g.Start!.Value, zone),
            DtEnd = Zoned(g.End!.Value, zone),
            DtStamp = Utc(g.UpdatedAt),
            LastModified = Utc(g.UpdatedAt),
            Created = Utc(g.CreatedAt),
        };
    }

    /// <summary>
    /// Local time with its TZID, so the entry follows the zone's daylight-saving rules. A time the
    /// clocks repeat would be read as its first occurrence, so that alone is written in UTC.
    /// </summary>
    private static CalDateTime Zoned(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = ZonedTime.Local(instant, zone);
        return zone.IsAmbiguousTime(local) ? Utc(instant) : new CalDateTime(local, ZonedTime.IanaId(zone), true);
    }

    private static CalDateTime Utc(DateTimeOffset instant) => new(instant.UtcDateTime, "UTC", true);

    private static string Location(GatheringDetails d) => d.Format switch
    {
        GatheringFormat.Online => d.JoinUrl.Length > 0 ? d.JoinUrl : "Online",
        GatheringFormat.Hybrid => d.JoinUrl.Length > 0 ? $"{d.Address} and online: {d.JoinUrl}" : $"{d.Address} and online",
        _ => d.Address,
    };

    private static string Description(GatheringSummary g, Uri page)
    {
        var lines = new List<string>();
        if (g.Details.Purpose.Length > 0)
            lines.Add(SafeMarkdown.PlainText(g.Details.Purpose));
        if (g.Details.JoinUrl.Length > 0)
            lines.Add("Join online: " + g.Details.JoinUrl);
        lines.Add($"Agenda, notes and replies ({g.GroupName}): {page}");
        return string.Join("\n\n", lines);
    }
}
