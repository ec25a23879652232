using Convening.Contracts;
using Convening.Contracts.Groups;

namespace Convening.Grains.Groups;

[GenerateSerializer, Alias("convening.inbox-state")]
public sealed class InboxState
{
    [Id(0)] public List<Invitation> Invitations { get; set; } = [];
}

public sealed class InvitationInboxGrain(
    [PersistentState("inbox", StorageNames.Main)] IPersistentState<InboxState> state,
    GrainClock clock)
    : Grain, IInvitationInboxGrain
{
    public async Task Add(Invitation invitation)
    {
        state.State.Invitations.RemoveAll(i => i.Code == invitation.Code);
        state.State.Invitations.Add(invitation);
        await state.Write(this);
    }

    public async Task Remove(string code)
    {
        if (state.State.Invitations.RemoveAll(i => i.Code == code) > 0)
            await state.Write(this);
    }

    public async Task MoveTo(string newEmail)
    {
        foreach (var invitation in state.State.Invitations.ToList())
        {
            var moved = await GrainFactory.GetGrain<IGroupGrain>(invitation.GroupId).ReaddressInvitation(invitation.Code, this.GetPrimaryKeyString(), newEmail);
            if (moved is not null)
                await GrainFactory.GetGrain<IInvitationInboxGrain>(newEmail).Add(moved);
            state.State.Invitations.Remove(invitation);
            await state.Write(this);
        }
    }

    public Task<IReadOnlyList<Invitation>> List() =>
        Task.FromResult<IReadOnlyList<Invitation>>([.. state.State.Invitations.Where(i => !i.HasExpired(clock.UtcNow))]);
}
