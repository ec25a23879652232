using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;
using Convening.Contracts;
using Convening.Contracts.Boards;
using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Contracts.Places;

namespace Convening.Grains.Groups;

public sealed partial class GroupGrain(
    [PersistentState("group", StorageNames.Main)] IPersistentState<GroupState> state,
    ILogger<GroupGrain> logger,
    GrainClock clock)
    : Grain, IGroupGrain, IRemindable, IRepairsFollowUps
{
    private readonly ObserverManager<IGroupObserver> _observers = new(BoardLimits.ObserverLifetime, logger);

    private GroupState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    public async Task<GroupSummary> Convene(ConveneGroup command, string? callerId)
    {
        var caller = Caller.Required(callerId);
        if (!Guid.TryParseExact(Id, "N", out _))
            throw new ConveningException("group.bad-id", "A group id is 32 hexadecimal characters.");
        if (S.Exists && command.RequestId is not null && S.Members.TryGetValue(caller, out var first) && first.Role == GroupRole.Convenor)
        {
            // The id came from this person's request id (RequestIds.NewId): a retry after a lost answer.
            await TellPlaceAndConvenor(caller);
            return Summary();
        }
        if (S.Exists)
            throw ConveningException.Conflict("group.exists", "That group has already been convened.");
        var name = Check.Text(command.Name, "name", Limits.NameLength);
        var purpose = Check.OptionalMultiline(command.Purpose, "purpose", Limits.PurposeLength);
        var place = GrainFactory.GetGrain<IPlaceGrain>(Check.Slug(command.PlaceSlug));
        var slug = (await place.Get()).Slug;
        // The place is asked first, and told once the group is stored: the group's one write is the commit.
        var standing = await place.StandingForNewGroup(caller);
        var card = await GrainFactory.GetGrain<IPersonGrain>(caller).GetCard();

        S.Exists = true;
        S.PlaceSlug = slug;
        S.Name = name;
        S.Purpose = purpose;
        S.CreatedAt = Now;
        S.Members[caller] = new MemberState { Card = card, Role = GroupRole.Convenor, JoinedAt = S.CreatedAt };
        (S.Standing, S.DecidedBy) = (standing, standing == GroupStanding.Approved ? caller : null);
        await state.Write(this);
        await TellPlaceAndConvenor(caller);
        return Summary();
    }

    /// <summary>What convening tells others once the group is stored; told again by a retry (a declined group asks no more).</summary>
    private Task TellPlaceAndConvenor(string convenorId) => this.Run(logger, "telling the place and the convenor about the new group", [
        () => TellPlace(convenorId),
        () => TellMember(convenorId)]);

    private Task TellPlace(string convenorId) =>
        S.Standing == GroupStanding.Declined ? Task.CompletedTask : GrainFactory.GetGrain<IPlaceGrain>(S.PlaceSlug).RequestGroup(Summary(), convenorId);

    /// <summary>The place's request or listing (asked for by the first convenor) and every member's membership, told again.</summary>
    public async Task RepairFollowUps()
    {
        if (!S.Exists)
            return;
        var first = S.Members.Where(m => m.Value.Role == GroupRole.Convenor).OrderBy(m => m.Value.JoinedAt).Select(m => m.Key).FirstOrDefault();
        if (first is not null)
            await TellPlace(first);
        await Task.WhenAll(S.Members.Keys.Select(TellMember));
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => this.Repair(logger, reminderName);

    public Task<GroupSummary> GetSummary()
    {
        EnsureExists();
        return Task.FromResult(Summary());
    }

    public Task<GroupDetails> GetDetails(string? callerId)
    {
        var me = RequireMember(callerId);
        var members = S.Members.Values
            .OrderBy(m => m.Card.Sector).ThenBy(m => m.Card.DisplayName, StringComparer.OrdinalIgnoreCase)
            .Select(m => new Member(m.Card, m.Role, m.JoinedAt))
            .ToList();
        IReadOnlyList<Invitation> invitations = me.Role == GroupRole.Convenor
            ? [.. S.Invitations.Values.OrderBy(i => i.CreatedAt)]
            : [];
        return Task.FromResult(new GroupDetails(Summary(), me.Role, members, [.. S.Glossary], invitations));
    }

    public async Task<GroupSummary> Update(UpdateGroup command, string? callerId)
    {
        RequireConvenor(callerId);
        S.Name = Check.Text(command.Name, "name", Limits.NameLength);
        S.Purpose = Check.OptionalMultiline(command.Purpose, "purpose", Limits.PurposeLength);
        await state.Write(this);
        await Task.WhenAll(S.Members.Keys.Select(TellMember).Append(PublishSummary()));
        return Summary();
    }

    public async Task<Invitation> Invite(InvitePerson command, string? callerId)
    {
        var convenor = RequireConvenor(callerId);
        var email = Check.Email(command.Email);
        CheckRole(command.Role);
        if (S.Members.Values.Any(m => m.Card.Email == email))
            throw ConveningException.Conflict("group.already-member", $"{email} is already a member of this group.");
        foreach (var expired in S.Invitations.Values.Where(i => i.Email == email && i.HasExpired(Now)).ToList())
            S.Invitations.Remove(expired.Code);
        // The address is the invitation's natural key: the same invitation sent again (a retry after a
        // lost answer) answers with the one pending, and puts it in the inbox again; its email has an id
        // made from the code, so the outbox sends it once.
        if (S.Invitations.Values.FirstOrDefault(i => i.Email == email && i.Role == command.Role) is { } pending)
        {
            await this.Run(logger, "putting the invitation in the invitee's inbox", () => GrainFactory.GetGrain<IInvitationInboxGrain>(email).Add(pending));
            return pending;
        }
        if (S.Invitations.Values.Any(i => i.Email == email))
            throw ConveningException.Conflict("invitation.already-pending", $"{email} has already been invited and has not answered yet.");
        if (S.Invitations.Count >= Limits.PendingInvitations)
            throw new ConveningException("invitation.too-many", "This group has too many unanswered invitations. Revoke some first.");

        var code = $"{Id}.{Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_')}";
        var invitation = new Invitation(code, Id, S.Name, email, command.Role, convenor.Card.DisplayName, Now);
        S.Invitations[code] = invitation;
        await state.Write(this);
        await this.Run(logger, "putting the invitation in the invitee's inbox", () => GrainFactory.GetGrain<IInvitationInboxGrain>(email).Add(invitation));
        return invitation;
    }

    public async Task RevokeInvitation(string code, string? callerId)
    {
        RequireConvenor(callerId);
        if (!S.Invitations.Remove(code, out var invitation))
            throw ConveningException.NotFound("invitation.not-found", "That invitation does not exist or has already been answered.");
        await state.Write(this);
        await this.Run(logger, "taking the invitation out of the invitee's inbox", () => GrainFactory.GetGrain<IInvitationInboxGrain>(invitation.Email).Remove(code));
    }

    public Task<Invitation> GetInvitation(string code) => Task.FromResult(PendingInvitation(code));

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
        var invitation = PendingInvitation(code);
        var card = await GrainFactory.GetGrain<IPersonGrain>(caller).GetCard();
        if (card.Email != invitation.Email)
            throw ConveningException.Forbidden("invitation.wrong-person", "This invitation was sent to a different email address. Sign in with the address it was sent to.");
        if (S.Members.ContainsKey(caller))
            throw ConveningException.Conflict("group.already-member", "You are already a member of this group.");
        if (S.Members.Count >= Limits.GroupMembers)
            throw new ConveningException("group.full", $"A group can have at most {Limits.GroupMembers} members.");

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
        RequireConvenor(callerId);
        CheckRole(role);
        var member = FindMember(personId);
        if (member.Role == GroupRole.Convenor && role != GroupRole.Convenor)
            EnsureAnotherConvenor();
        var wasInvited = member.Role != GroupRole.Observer;
        member.Role = role;
        await state.Write(this);
        await this.Run(logger, "telling the member their new role", [
            () => TellMember(personId),
            () => wasInvited == (role != GroupRole.Observer) ? Task.CompletedTask : TellCalendars(personId, role != GroupRole.Observer)]);
    }

    public async Task RemoveMember(string personId, string? callerId)
    {
        var me = RequireMember(callerId);
        if (personId != callerId)
            AccessPolicy.Convenor(me.Role);
        var member = FindMember(personId);
        if (member.Role == GroupRole.Convenor)
            EnsureAnotherConvenor();
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
        EnsureExists();
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

    public async Task<GroupSummary> SetStanding(GroupStanding standing, string stewardId)
    {
        EnsureExists();
        (S.Standing, S.DecidedBy) = (standing, stewardId);
        await state.Write(this);
        return Summary();
    }

    public Task<(GroupStanding Standing, string? DecidedBy)> StandingOf()
    {
        EnsureExists();
        return Task.FromResult((S.Standing, S.DecidedBy));
    }

    public Task<GroupRole?> RoleOf(string personId)
    {
        EnsureExists();
        return Task.FromResult<GroupRole?>(S.Members.TryGetValue(personId, out var member) ? member.Role : null);
    }

    public async Task RefreshMember(PersonCard card)
    {
        if (!S.Members.TryGetValue(card.Id, out var member) || member.Card == card)
            return;
        member.Card = card;
        await state.Write(this);
    }

    private GroupSummary Summary() => new(Id, S.Name, S.Purpose, S.PlaceSlug, S.Members.Count, S.Standing);

    private Task PublishSummary() => GrainFactory.GetGrain<IPlaceGrain>(S.PlaceSlug).UpsertGroup(Summary());

    private Task TellMember(string personId) =>
        GrainFactory.GetGrain<IPersonGrain>(personId)
            .SetMembership(new Membership(Id, S.Name, S.PlaceSlug, S.Members[personId].Role));

    private void EnsureExists()
    {
        if (!S.Exists)
            throw ConveningException.NotFound("group.not-found", "There is no such group.");
    }

    private MemberState RequireMember(string? callerId)
    {
        var caller = Caller.Required(callerId);
        EnsureExists();
        var member = S.Members.GetValueOrDefault(caller);
        AccessPolicy.Member(member?.Role);
        return member!;
    }

    private MemberState RequireConvenor(string? callerId)
    {
        var member = RequireMember(callerId);
        AccessPolicy.Convenor(member.Role);
        return member;
    }

    private MemberState RequireContributor(string? callerId)
    {
        var member = RequireMember(callerId);
        AccessPolicy.Contributor(member.Role);
        return member;
    }

    private MemberState FindMember(string personId) =>
        S.Members.TryGetValue(personId, out var member)
            ? member
            : throw ConveningException.NotFound("group.member-not-found", "That person is not a member of this group.");

    private void EnsureAnotherConvenor()
    {
        if (S.Members.Values.Count(m => m.Role == GroupRole.Convenor) < 2)
            throw ConveningException.Conflict("group.last-convenor", "A group needs at least one convenor. Make someone else a convenor first.");
    }

    private static void CheckRole(GroupRole role)
    {
        if (!Enum.IsDefined(role))
            throw new ConveningException("group.bad-role", "A role is convenor, member or observer.");
    }

    private Invitation PendingInvitation(string code)
    {
        if (!S.Exists)
            throw InvitationNotFound();
        if (S.AcceptedCodes.ContainsKey(code))
            throw ConveningException.Conflict("invitation.already-used", "This invitation has already been accepted.");
        var invitation = S.Invitations.TryGetValue(code, out var pending) ? pending : throw InvitationNotFound();
        if (invitation.HasExpired(Now))
            throw ConveningException.Forbidden("invitation.expired", "This invitation has expired. Ask the group's convenor to invite you again.");
        return invitation;
    }

    private DateTimeOffset Now => clock.UtcNow;

    private static ConveningException InvitationNotFound() =>
        ConveningException.NotFound("invitation.not-found", "That invitation code is not valid. Check the link you were sent.");
}
