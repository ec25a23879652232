using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Groups;
using Convening.Contracts.People;

namespace Convening.Grains.Cycles;

/// <summary>
/// Who may do what, decided here and only here: the group says what role the caller has.
/// Members and convenors change the cycle, observers read it, non-members get only the summary.
/// </summary>
public sealed partial class LearningCycleGrain
{
    private async Task<(string Caller, GroupRole Role)> Access(string? callerId)
    {
        var caller = Caller.Required(callerId);
        EnsureExists();
        var role = await GrainFactory.GetGrain<IGroupGrain>(S.GroupId).RoleOf(caller);
        return (caller, AccessPolicy.Member(role));
    }

    private async Task<Editing> Editor(string? callerId)
    {
        var (caller, role) = await Access(callerId);
        RequireEditing(role);
        return new Editing(await PersonOf(caller), role);
    }

    /// <summary>The caller, if they may steer the cycle or answer links asked of it (<see cref="AccessPolicy.Steer"/>).</summary>
    private async Task<(string Caller, GroupRole Role)> Steering(string? callerId)
    {
        var (caller, role) = await Access(callerId);
        AccessPolicy.Steer(role, caller == S.Steward.Id);
        return (caller, role);
    }

    /// <summary>Only the cycle's steward or a group convenor may rewrite a chart's history of limits or remove a measure.</summary>
    private async Task<Editing> Steward(string? callerId, string what)
    {
        var editor = await Editor(callerId);
        if (!MayMoveStage(editor.Person.Id, editor.Role))
            throw ConveningException.Forbidden("cycle.not-steward", $"Only the cycle's steward or the group's convenors can {what}.");
        return editor;
    }

    private static void RequireEditing(GroupRole? role) => AccessPolicy.Contributor(role);

    private bool MayMoveStage(string caller, GroupRole role) => AccessPolicy.CanSteer(role, caller == S.Steward.Id);

    private async Task<CyclePerson> PersonOf(string personId)
    {
        var card = await GrainFactory.GetGrain<IPersonGrain>(personId).GetCard();
        return new CyclePerson(card.Id, card.DisplayName);
    }

    private void EnsureExists()
    {
        if (!S.Exists)
            throw ConveningException.NotFound("cycle.not-found", "There is no such learning cycle.");
    }

    private CycleView View(Editing editor) => View(editor.Person.Id, editor.Role);

    private CycleView View(string caller, GroupRole role)
    {
        var stages = Enum.GetValues<CycleStage>()
            .Select(stage => S.Outputs.TryGetValue(stage, out var output)
                ? new StageView(stage, stage <= S.Furthest, output.Text, output.By, output.At)
                : new StageView(stage, stage <= S.Furthest, "", null, null))
            .ToList();
        var newestDemandFirst = demand.State.Entries
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.LoggedAt)
            .ToList();
        return new CycleView(Summary(), S.Purpose, S.Involved, S.Steward, stages, [.. S.Links], [.. S.Experiments],
            Data.All(), newestDemandFirst, S.BoardId, role,
            CanEdit: role != GroupRole.Observer,
            CanMoveStage: role != GroupRole.Observer && MayMoveStage(caller, role),
            DemandHistory: [.. demand.State.History.Concat(S.History).Reverse().OrderByDescending(c => c.At)])
        {
            PendingLinks = [.. S.PendingLinks],
            CanDecideLinks = MayMoveStage(caller, role),
        };
    }
}
