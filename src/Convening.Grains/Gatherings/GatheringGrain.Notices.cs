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
    /// <summary>
    /// After a stored change: each member's calendar is told, and reply reminders follow the (new)
    /// start. The fan-out grain tells them in the background, in order, so a change in a 500-member
    /// group is answered at once and each SEQUENCE reaches calendars in turn.
    /// </summary>
    private Task TellMembers(string caller, GatheringStatus before, DateTimeOffset? formerStart) =>
        this.Run(logger, "telling members' calendars", async () =>
        {
            if (before != GatheringStatus.Planned && S.Status != GatheringStatus.Planned)
                return;
            var members = (await GrainFactory.GetGrain<IGroupGrain>(S.GroupId).GetDetails(caller)).Members
                .Where(m => m.Role != GroupRole.Observer).Select(m => m.Person.Id).ToList();
            var steps = CalendarSteps(first: before != GatheringStatus.Planned).ToList();
            if (before == GatheringStatus.Planned && formerStart is { } former && (former != S.Start || S.Status != GatheringStatus.Planned))
                steps.Insert(1, FanOutStep.TakeBack(GatheringNotices.ReplyKey(Id, FanOutStep.Person, former)));
            await GrainFactory.GetGrain<INoticeFanOutGrain>(FanOutKey)
                .Start(new FanOut($"calendar:{S.Sequence}:{Guid.NewGuid():N}", members, steps));
        });

    private string FanOutKey => "gathering:" + Id;

    /// <summary>
    /// The group grain has decided who is invited (it calls here as a follow-up, so this must not call
    /// it back): the fan-out grain tells the person after this returns.
    /// </summary>
    public async Task TellCalendar(string personId, bool invited)
    {
        if (S.Status != GatheringStatus.Planned || S.Start is not { } start || start <= Now)
            return;
        List<FanOutStep> steps = invited
            ? CalendarSteps(first: true).ToList()
            : [FanOutStep.Tell(GatheringNotices.Withdrawn(Summary(), links)), FanOutStep.TakeBack(GatheringNotices.ReplyKey(Id, FanOutStep.Person, start))];
        await GrainFactory.GetGrain<INoticeFanOutGrain>(FanOutKey)
            .Start(new FanOut($"{(invited ? "joined" : "left")}:{personId}:{S.Sequence}:{Guid.NewGuid():N}", [personId], steps));
    }

    /// <summary>The calendar notice as it stands, and (while planned and ahead) the reminder to reply for those who have not.</summary>
    private IEnumerable<FanOutStep> CalendarSteps(bool first)
    {
        var summary = Summary();
        var method = S.Status == GatheringStatus.Cancelled ? GatheringInvitation.Cancel : GatheringInvitation.Request;
        yield return FanOutStep.Tell(GatheringNotices.Calendar(summary, method, first, links));
        var remindAt = summary.Start!.Value - GatheringNotices.ReplyReminderBefore;
        if (S.Status == GatheringStatus.Planned && remindAt > Now)
            yield return FanOutStep.ScheduleAt(GatheringNotices.ReplyReminder(summary, FanOutStep.Person), remindAt, [.. S.Responses.Keys]);
    }

    /// <summary>A member who replied is not reminded to.</summary>
    private Task ForgetReplyReminder(string person) =>
        this.Run(logger, "taking back a reply reminder", () =>
            GrainFactory.GetGrain<INotificationsGrain>(person).Settle(GatheringNotices.ReplyKey(Id, person, S.Start!.Value)));
}
