using Convening.Contracts;
using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Convening.Contracts.Notifications;
using Convening.Grains.Notifications;

namespace Convening.Grains.Gatherings;

/// <summary>Actions with an owner and a due date; each open one is also listed on its owner's own page.</summary>
public sealed partial class GatheringGrain
{
    public async Task<AddedAction> AddAction(ActionInput input, string? callerId)
    {
        var (caller, role) = await Contributor(callerId);
        var requestId = RequestIds.Check(input.RequestId);
        if (S.Requests.Find(caller, requestId) is { } made)
            return new AddedAction(S.Actions[FindAction(made)], await View(caller, role));
        EnsureOpen();
        if (S.Actions.Count >= GatheringLimits.Actions)
            throw new ConveningException("actions.full", $"A gathering can have at most {GatheringLimits.Actions} actions.");
        var action = await ValidAction(NewId(), input);
        S.Actions.Add(action);
        S.Requests.Remember(caller, requestId, action.Id);
        var view = await Save(caller, role);
        await TellOwner(action);
        await NotifyOwner(action, null, caller);
        return new AddedAction(action, view);
    }

    public async Task<GatheringView> UpdateAction(string actionId, ActionInput input, string? callerId)
    {
        var (caller, role) = await Contributor(callerId);
        EnsureOpen();
        var at = FindAction(actionId);
        var before = S.Actions[at];
        var action = await ValidAction(actionId, input) with { DoneAt = before.DoneAt };
        S.Actions[at] = action;
        var view = await Save(caller, role);
        if (before.Owner.Id != action.Owner.Id)
            await this.Run(logger, "taking the action off its former owner's list", () => GrainFactory.GetGrain<IPersonActionsGrain>(before.Owner.Id).Remove(actionId));
        await TellOwner(action);
        await NotifyOwner(action, before, caller);
        return view;
    }

    /// <summary>
    /// The owner, or any member who is not an observer, ticks an action off (or reopens it).
    /// Allowed after a cancellation too: what was agreed may still need doing.
    /// </summary>
    public async Task<GatheringView> SetActionDone(string actionId, bool done, string? callerId)
    {
        var (caller, role) = await Member(callerId);
        var at = FindAction(actionId);
        var action = S.Actions[at];
        if (role == GroupRole.Observer && action.Owner.Id != caller)
            throw ConveningException.Forbidden("group.observer-read-only", "Observers can see the gathering but not change it.");
        if (action.Done == done)
            return await View(caller, role);
        S.Actions[at] = action = action with { DoneAt = done ? Now : null };
        var view = await Save(caller, role);
        await TellOwner(action);
        await NotifyOwner(action, S.Actions[at] with { DoneAt = done ? null : Now }, caller);
        return view;
    }

    private async Task<ActionItem> ValidAction(string id, ActionInput input)
    {
        var text = Check.Multiline(input.Text, "action", GatheringLimits.EntryLength);
        var ownerId = Check.Text(input.OwnerId, "owner", 64);
        if (await GrainFactory.GetGrain<IGroupGrain>(S.GroupId).RoleOf(ownerId) is null)
            throw new ConveningException("owner.not-a-member", "The owner must be a member of this group. Choose someone who is.");
        var earliest = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-1);
        if (input.Due < earliest || input.Due > earliest.AddYears(GatheringLimits.MaxYearsAhead))
            throw new ConveningException("due.out-of-range", "Give a due date from today up to two years ahead.");
        return new ActionItem(id, text, await Person(ownerId), input.Due, null, false);
    }

    private int FindAction(string actionId)
    {
        var at = S.Actions.FindIndex(a => a.Id == actionId);
        return at >= 0 ? at : throw ConveningException.NotFound("action.not-found", "That action does not exist.");
    }

    /// <summary>Keeps the owner's own list in step: an open action is listed there, a done one is not.</summary>
    private Task TellOwner(ActionItem action) => this.Run(logger, "updating the action owner's list", () => ListForOwner(action));

    private Task ListForOwner(ActionItem action)
    {
        var owner = GrainFactory.GetGrain<IPersonActionsGrain>(action.Owner.Id);
        var group = Index(S.GroupId);
        return action.Done
            ? Task.WhenAll(owner.Remove(action.Id), group.RemoveAction(action.Id))
            : Task.WhenAll(owner.Upsert(new OwnedAction(action.Id, action.Text, action.Due, Id, S.Details.Title, S.GroupId, S.GroupName)),
                group.UpsertAction(new GroupAction(action.Id, action.Text, action.Due, Id, S.Details.Title, action.Owner)));
    }

    /// <summary>
    /// The owner hears that the action is theirs (unless they gave it to themself) and is reminded
    /// the day before it is due; a reminder that no longer fits (done, another owner, another date) is taken back.
    /// </summary>
    private Task NotifyOwner(ActionItem action, ActionItem? before, string caller) => this.Run(logger, "telling the action's owner", async () =>
    {
        if (before is not null && (before.Owner.Id != action.Owner.Id || before.Due != action.Due || action.Done))
            await GrainFactory.GetGrain<INotificationsGrain>(before.Owner.Id).Unschedule(ActionNotices.DueKey(action.Id, before.Owner.Id, before.Due));
        if (action.Done)
            return;
        var owner = GrainFactory.GetGrain<INotificationsGrain>(action.Owner.Id);
        if (action.Owner.Id != caller && before?.Owner.Id != action.Owner.Id)
            await owner.Notify(ActionNotices.Given(action, Id, S.Details.Title, S.GroupId));
        if (ActionNotices.ReminderTime(action.Due) > Now)
            await owner.Schedule(ActionNotices.Due(action, Id, S.Details.Title, S.GroupId), ActionNotices.ReminderTime(action.Due));
    });
}
