using Convening.Contracts;
using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Convening.Contracts.People;

namespace Convening.Grains.Gatherings;

/// <summary>Who may do what (the group says who its members are) and what a gathering's time allows.</summary>
public sealed partial class GatheringGrain
{
    private async Task<(string Caller, GroupRole Role)> Member(string? callerId)
    {
        var caller = Caller.Required(callerId);
        if (!S.Exists)
            throw ConveningException.NotFound("gathering.not-found", "There is no such gathering.");
        var role = await GrainFactory.GetGrain<IGroupGrain>(S.GroupId).RoleOf(caller);
        return (caller, AccessPolicy.Member(role));
    }

    private async Task<(string Caller, GroupRole Role)> Contributor(string? callerId)
    {
        var member = await Member(callerId);
        AccessPolicy.Contributor(member.Role);
        return member;
    }

    private async Task<(string Caller, GroupRole Role)> Convenor(string? callerId)
    {
        var member = await Member(callerId);
        AccessPolicy.Convenor(member.Role);
        return member;
    }

    private async Task<PersonRef> Person(string personId)
    {
        var card = await GrainFactory.GetGrain<IPersonGrain>(personId).GetCard();
        return new PersonRef(card.Id, card.DisplayName, card.Sector);
    }

    /// <summary>A cancelled gathering is kept as it was, so its record and calendar entries stay true.</summary>
    private void EnsureOpen()
    {
        if (S.Status == GatheringStatus.Cancelled)
            throw ConveningException.Conflict("gathering.cancelled", "This gathering has been cancelled.");
    }

    private bool IsOver => S.Start is { } start && start.AddMinutes(S.Details.Minutes) <= Now;

    private void EnsureNotOver()
    {
        if (IsOver)
            throw ConveningException.Conflict("gathering.already-happened", "This gathering has already happened.");
    }

    private void EnsureScheduled()
    {
        if (S.Status == GatheringStatus.Draft)
            throw ConveningException.Conflict("gathering.not-scheduled", "This gathering has no time yet.");
    }

}
