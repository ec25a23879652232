using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Convening.Contracts.Notifications;
using Convening.Grains.Notifications;

namespace Convening.Grains.Gatherings;

/// <summary>
/// Members' calendars and inboxes follow the gathering: an invitation (METHOD:REQUEST) when it gets
/// a time, again with a higher SEQUENCE for each change, METHOD:CANCEL when it is called off, and a
/// reminder to reply for those who have not. Observers are not invited (they see it on the site).
/// </summary>
public sealed partial class GatheringGrain
{
    /// <summary>How many members are told at once; a 500-member group is told in waves, not one call at a time.</summary>
    private const int TellAtOnce = 32;

    /// <summary>After a stored change: each member's calendar is told, and reply reminders follow the (new) start.</summary>
    private Task TellMembers(string caller, GatheringStatus before, DateTimeOffset? formerStart) =>
        this.Run(logger, "telling members' calendars", async () =>
        {
            if (before != GatheringStatus.Planned && S.Status != GatheringStatus.Planned)
                return;
            var summary = Summary();
            var method = S.Status == GatheringStatus.Cancelled ? GatheringInvitation.Cancel : GatheringInvitation.Request;
            var notice = GatheringNotices.Calendar(summary, method, first: before != GatheringStatus.Planned, links);
            var remindAt = summary.Start!.Value - GatheringNotices.ReplyReminderBefore;
            var members = (await GrainFactory.GetGrain<IGroupGrain>(S.GroupId).GetDetails(caller)).Members
                .Where(m => m.Role != GroupRole.Observer).Select(m => m.Person.Id).ToList();
            foreach (var wave in members.Chunk(TellAtOnce))
                await Task.WhenAll(wave.Select(async person =>
                {
                    var centre = GrainFactory.GetGrain<INotificationsGrain>(person);
                    await centre.Notify(notice);
                    if (before == GatheringStatus.Planned && formerStart is { } former && (former != S.Start || S.Status != GatheringStatus.Planned))
                        await centre.Unschedule(GatheringNotices.ReplyKey(Id, person, former));
                    if (S.Status == GatheringStatus.Planned && !S.Responses.ContainsKey(person) && remindAt > Now)
                        await centre.Schedule(GatheringNotices.ReplyReminder(summary, person), remindAt);
                }));
        });

    /// <summary>A member who replied is not reminded to.</summary>
    private Task ForgetReplyReminder(string person) =>
        this.Run(logger, "taking back a reply reminder", () =>
            GrainFactory.GetGrain<INotificationsGrain>(person).Unschedule(GatheringNotices.ReplyKey(Id, person, S.Start!.Value)));
}
