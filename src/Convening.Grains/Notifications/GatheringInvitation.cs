using Convening.Contracts.Gatherings;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Convening.Grains.Notifications;

/// <summary>
/// A gathering as an iTIP (RFC 5546) message for email: METHOD:REQUEST puts it in the calendar or
/// updates it, METHOD:CANCEL takes it out. The UID is the gathering's for life and SEQUENCE is the
/// gathering's, which goes up with every change, so Outlook, Google and Apple Calendar replace the
/// entry rather than add another. The organiser is the address mail comes from; people reply on the
/// site (the email links there), so no ATTENDEE is named and no one's address is written into it.
/// </summary>
public static class GatheringInvitation
{
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";

    public static string Write(GatheringSummary g, string method, string organiser, string page)
    {
        var zone = ZonedTime.Zone(g.Details.TimeZone);
        var calendar = new Calendar { Method = method, ProductId = "-//Convening//Gatherings//EN" };
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(ZonedTime.IanaId(zone), g.Start!.Value.UtcDateTime.AddYears(-1), false));
        calendar.Events.Add(new CalendarEvent
        {
            Uid = g.CalendarUid,
            Sequence = g.Sequence,
            Status = method == Cancel ? EventStatus.Cancelled : EventStatus.Confirmed,
            Summary = g.Details.Title,
            Description = $"{g.GroupName}. Agenda, notes and replies: {page}" + (g.Details.JoinUrl.Length > 0 ? $"\nJoin online: {g.Details.JoinUrl}" : ""),
            Location = Location(g.Details),
            Url = new Uri(page),
            Organizer = new Organizer("mailto:" + organiser) { CommonName = g.GroupName },
            DtStart = Zoned(g.Start!.Value, zone),
            DtEnd = Zoned(g.End!.Value, zone),
            DtStamp = new CalDateTime(g.UpdatedAt.UtcDateTime, "UTC", true),
        });
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>Local time with its TZID; a time the clocks repeat is written in UTC (as in the feed).</summary>
    private static CalDateTime Zoned(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = ZonedTime.Local(instant, zone);
        return zone.IsAmbiguousTime(local) ? new CalDateTime(instant.UtcDateTime, "UTC", true) : new CalDateTime(local, ZonedTime.IanaId(zone), true);
    }

    private static string Location(GatheringDetails d) => d.Format switch
    {
        GatheringFormat.Online => d.JoinUrl.Length > 0 ? d.JoinUrl : "Online",
        GatheringFormat.Hybrid => d.JoinUrl.Length > 0 ? $"{d.Address} and online: {d.JoinUrl}" : $"{d.Address} and online",
        _ => d.Address,
    };
}
