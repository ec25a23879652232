using Convening.Contracts;
using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Contracts.Places;

namespace Convening.Grains.Groups;

/// <summary>
/// Who is in the group: invitations (sent, revoked, moved to a new address, accepted), roles, leaving
/// and removal, and the web hosts watching for removals. What is allowed is decided in
/// <see cref="GroupDecisions"/>; the grain stores it, then tells the people, the place and the calendars.
/// </summary>
public sealed partial class GroupGrain
{
    public async Task<Invitation> Invite(InvitePerson command, string? callerId)
    {
        var decide = Decide();
        var convenor = decide.Convenor(callerId);
        var email = Check.Email(command.Email);
        decide.MayInvite(email, command.Role);
        foreach (var expired in decide.Expired(email))
            S.Invitations.Remove(expired);
        // The address is the invitation's natural key: the same invitation sent again (a retry after a
        // lost answer) answers with the one pending, and puts it in the inbox again; its email has an id
        // made from the code, so the outbox sends it once.
        if (decide.Waiting(email, command.Role) is { } pending)
        {
            await this.Run(logger, "putting the invitation in the invitee's inbox", () => GrainFactory.GetGrain<IInvitationInboxGrain>(email).Add(pending));
            return pending;
        }
        var code = GroupDecisions.NewCode(Id);
        var invitation = new Invitation(code, Id, S.Name, email, command.Role, convenor.Card.DisplayName, Now);
        S.Invitations[code] = invitation;
        await state.Write(this);
        await this.Run(logger, "putting the invitation in the invitee's inbox", () => GrainFactory.GetGrain<IInvitationInboxGrain>(email).Add(invitation));
        return invitation;
    }

    public async Task RevokeInvitation(string code, string? callerId)
    {
        Decide().Convenor(callerId);
        if (!S.Invitations.Remove(code, out var invitation))
            throw ConveningException.NotFound("invitation.not-found", "That invitation does not exist or has already been answered.");
        await state.Write(this);
        await this.Run(logger, "taking the invitation out of the invitee's inbox", () => GrainFactory.GetGrain<IInvitationInboxGrain>(invitation.Email).Remove(code));
    }

    public Task<Invitation> GetInvitation(string code) => Task.FromResult(Decide().Pending(code));

    public async Task<Invitation?> ReaddressInvitation(string code, string from, string to)
    {
        if (!S.Invitations.TryGetValue(code, out var invitation) || invitation.Email != from || invitation.HasExpired(Now))
            return null;
        var moved = S.Invitations.Values.Any(i => i.Email == to) ? null : invitation with { Email = to };
        if (moved is null)
            S.Invitations.Remove(code);
        else
            S.Invitations[code] = moved;
        await state.Write(this);
        return moved;
    }

    public async Task<GroupSummary> AcceptInvitation(string code, string? callerId)
    {
        var caller = Caller.Required(callerId);
        var invitation = Decide().Pending(code);
        var card = await GrainFactory.GetGrain<IPersonGrain>(caller).GetCard();
        Decide().MayJoin(invitation, caller, card.Email);
        S.Invitations.Remove(code);
        S.AcceptedCodes[code] = caller;
        S.Members[caller] = new MemberState { Card = card, Role = invitation.Role, JoinedAt = Now };
        await state.Write(this);
        await this.Run(logger, "telling the new member, the place and the inbox", [
            () => TellMember(caller),
            PublishSummary,
            () => GrainFactory.GetGrain<IInvitationInboxGrain>(invitation.Email).Remove(code),
            () => invitation.Role == GroupRole.Observer ? Task.CompletedTask : TellCalendars(caller, true)]);
        return Summary();
    }

    public async Task SetRole(string personId, GroupRole role, string? callerId)
    {
        var decide = Decide();
        decide.Convenor(callerId);
        GroupDecisions.CheckRole(role);
        var member = decide.Find(personId);
        if (member.Role == GroupRole.Convenor && role != GroupRole.Convenor)
            decide.EnsureAnotherConvenor();
        var wasInvited = member.Role != GroupRole.Observer;
        member.Role = role;
        await state.Write(this);
        await this.Run(logger, "telling the member their new role", [
            () => TellMember(personId),
            () => wasInvited == (role != GroupRole.Observer) ? Task.CompletedTask : TellCalendars(personId, role != GroupRole.Observer)]);
    }

    public async Task RemoveMember(string personId, string? callerId)
    {
        var decide = Decide();
        var me = decide.Member(callerId);
        if (personId != callerId)
            AccessPolicy.Convenor(me.Role);
        var member = decide.Find(personId);
        if (member.Role == GroupRole.Convenor)
            decide.EnsureAnotherConvenor();
        S.Members.Remove(personId);
        await state.Write(this);
        // Awaited, not one-way: once this returns, no web host sends them the group's boards any more.
        await _observers.Notify(o => o.MemberRemoved(Id, personId));
        // Their notifications about the group go too (list, digest, reminders), before this returns.
        await this.Run(logger, "clearing the former member's notifications about the group",
            () => GrainFactory.GetGrain<Convening.Contracts.Notifications.INotificationsGrain>(personId).Forget(Id));
        await this.Run(logger, "telling the former member and the place", [
            () => GrainFactory.GetGrain<IPersonGrain>(personId).RemoveMembership(Id),
            PublishSummary,
            () => member.Role == GroupRole.Observer ? Task.CompletedTask : TellCalendars(personId, false)]);
    }

    /// <summary>Members and convenors have the group's planned gatherings in their calendars; observers do not.</summary>
    private Task TellCalendars(string personId, bool invited) =>
        GrainFactory.GetGrain<Convening.Contracts.Gatherings.IGroupGatheringsGrain>(Id).TellCalendars(personId, invited);

    public Task<IReadOnlyList<PlaceSteward>> MemberNames()
    {
        Decide().EnsureExists();
        return Task.FromResult<IReadOnlyList<PlaceSteward>>([.. S.Members.Values.Select(m => new PlaceSteward(m.Card.Id, m.Card.DisplayName, m.Card.Organisation))]);
    }

    public Task Watch(IGroupObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unwatch(IGroupObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public async Task RefreshMember(PersonCard card)
    {
        if (!S.Members.TryGetValue(card.Id, out var member) || member.Card == card)
            return;
        member.Card = card;
        await state.Write(this);
    }
}
