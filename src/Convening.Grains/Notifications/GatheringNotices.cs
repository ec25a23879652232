using Convening.Contracts.Gatherings;
using Convening.Contracts.Notifications;

namespace Convening.Grains.Notifications;

/// <summary>
/// What a gathering's members (not its observers) are told: the invitation with its calendar part
/// when it gets a time, each change (a higher SEQUENCE), its cancellation, and, if they have not
/// replied, a reminder <see cref="ReplyReminderBefore"/> before it starts. Keys carry the sequence
/// or the start, so a retry tells once and a change is told afresh.
/// </summary>
public static class GatheringNotices
{
    /// <summary>Members who have not said whether they are coming are reminded this long before the start.</summary>
    public static readonly TimeSpan ReplyReminderBefore = TimeSpan.FromDays(2);

    public static string Path(string gatheringId) => $"/gatherings/{gatheringId}";

    public static Notice Calendar(GatheringSummary g, string method, bool first, INoticeLinks links)
    {
        var when = When(g);
        var title = method == GatheringInvitation.Cancel ? $"Cancelled: {g.Details.Title} on {when}"
            : first ? $"You are invited: {g.Details.Title} on {when}"
            : $"Changed: {g.Details.Title} on {when}";
        return new Notice($"gathering-calendar:{g.Id}:{g.Sequence}:{method}", NoticeKind.Gatherings, title, Path(g.Id), g.GroupId)
        {
            Calendar = GatheringInvitation.Write(g, method, links.Organiser, links.Absolute(Path(g.Id))),
            Detail = method == GatheringInvitation.Cancel
                ? $"{g.GroupName} will not meet then. Your calendar app can remove it."
                : $"A gathering of {g.GroupName}. Your calendar app can add it; say whether you are coming on Convening.",
        };
    }

    /// <summary>
    /// For someone no longer invited (left, removed, or made an observer): a CANCEL that takes the
    /// gathering out of their calendar. It names no group, so it reaches them although they have left;
    /// it carries only what their invitation already did.
    /// </summary>
    public static Notice Withdrawn(GatheringSummary g, INoticeLinks links) =>
        new($"gathering-withdrawn:{g.Id}:{g.Sequence}:{{person}}", NoticeKind.Gatherings, $"No longer in your calendar: {g.Details.Title} on {When(g)}", Path(g.Id), null)
        {
            Calendar = GatheringInvitation.Write(g, GatheringInvitation.Cancel, links.Organiser, links.Absolute(Path(g.Id))),
            Detail = "You are no longer invited to this gathering, so your calendar app can remove it.",
        };

    public static string ReplyKey(string gatheringId, string personId, DateTimeOffset start) =>
        $"gathering-reply:{gatheringId}:{personId}:{start.UtcDateTime:yyyyMMddHHmm}";

    public static Notice ReplyReminder(GatheringSummary g, string personId) =>
        new(ReplyKey(g.Id, personId, g.Start!.Value), NoticeKind.Gatherings,
            $"Are you coming to {g.Details.Title} on {When(g)}?", Path(g.Id) + "#reply", g.GroupId)
        {
            Detail = $"{g.GroupName} would like to know who is coming. Reply yes, no or maybe on the gathering's page.",
        };

    /// <summary>In the gathering's own time zone, with its name, e.g. "Tuesday 9 March 2027 at 10:00 (Europe/London)".</summary>
    private static string When(GatheringSummary g)
    {
        var zone = ZonedTime.Zone(g.Details.TimeZone);
        return $"{ZonedTime.Local(g.Start!.Value, zone):dddd d MMMM yyyy 'at' HH:mm} ({ZonedTime.IanaId(zone)})";
    }
}
