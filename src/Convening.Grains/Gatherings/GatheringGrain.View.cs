using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;

namespace Convening.Grains.Gatherings;

/// <summary>Saving (then telling the group's list), and the views members see.</summary>
public sealed partial class GatheringGrain
{
    /// <summary>Writes the state, then updates the group's list: nothing is answered before it is stored.</summary>
    private async Task<GatheringView> Save(string caller, GroupRole role)
    {
        S.UpdatedAt = Now;
        await state.Write(this);
        await this.Run(logger, "updating the group's list of gatherings", () => Index(S.GroupId).Upsert(Summary()));
        return await View(caller, role);
    }

    /// <summary>The group's list and every action owner's list, told again from what is stored (notices are not sent again).</summary>
    public async Task RepairFollowUps()
    {
        if (!S.Exists)
            return;
        await Index(S.GroupId).Upsert(Summary());
        await Task.WhenAll(S.Actions.Select(ListForOwner));
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => this.Repair(logger, reminderName);

    private GatheringSummary Summary() => new(
        Id, S.GroupId, S.GroupName, S.Details, S.Status, S.Start, S.Sequence, S.CreatedAt, S.UpdatedAt,
        new ResponseTally(
            S.Responses.Values.Count(r => r.Answer == ResponseAnswer.Yes),
            S.Responses.Values.Count(r => r.Answer == ResponseAnswer.No),
            S.Responses.Values.Count(r => r.Answer == ResponseAnswer.Maybe)),
        new ReflectionTally(
            S.Reflections.Values.Count(r => r.Level == ConversationLevel.Transactional),
            S.Reflections.Values.Count(r => r.Level == ConversationLevel.Positional),
            S.Reflections.Values.Count(r => r.Level == ConversationLevel.Transformational)));

    private async Task<GatheringView> View(string caller, GroupRole role)
    {
        var group = GrainFactory.GetGrain<IGroupGrain>(S.GroupId);
        var owners = S.Actions.Where(a => !a.Done).Select(a => a.Owner.Id).Distinct().ToList();
        var roles = await Task.WhenAll(owners.Select(group.RoleOf));
        var left = owners.Where((_, i) => roles[i] is null).ToHashSet();
        return new GatheringView(
            Summary(),
            role,
            S.CancelReason,
            [.. S.Responses.Values.OrderBy(r => r.Answer).ThenBy(r => r.Person.Name, StringComparer.OrdinalIgnoreCase)],
            [.. S.Agenda],
            S.CheckInPrompt,
            [.. S.CheckIns.Values.OrderBy(c => c.At)],
            S.Notes,
            [.. S.Decisions],
            [.. S.Actions.Select(a => left.Contains(a.Owner.Id) ? a with { OwnerHasLeft = true } : a)],
            S.Reflections.GetValueOrDefault(caller),
            S.BoardId);
    }
}
