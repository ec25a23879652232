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
    /// <summary>A member or convenor about to change the cycle, with the name the cycle shows for them.</summary>
    private sealed record Editing(CyclePerson Person, GroupRole Role);

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

    private static void RequireEditing(GroupRole? role) => AccessPolicy.Contributor(role);

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
}
