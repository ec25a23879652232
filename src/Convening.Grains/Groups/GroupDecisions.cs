using System.Security.Cryptography;
using Convening.Contracts;
using Convening.Contracts.Groups;
using Convening.Contracts.Places;

namespace Convening.Grains.Groups;

/// <summary>
/// Who may do what in a group, and whether an invitation or a glossary entry may be made, decided
/// against the group as it is now and nothing else (no storage, no other grain), like
/// <c>BoardDecisions</c>: the grain asks, then changes its state and tells the others. A refusal is a
/// <see cref="ConveningException"/> with a stable code.
/// </summary>
/// <param name="state">The group; only read.</param>
/// <param name="now">The time of the decision (invitations expire).</param>
internal sealed class GroupDecisions(GroupState state, DateTimeOffset now)
{
    private readonly GroupState _state = state;

    public void EnsureExists()
    {
        if (!_state.Exists)
            throw ConveningException.NotFound("group.not-found", "There is no such group.");
    }

    /// <summary>The caller's membership: only members see the group's details or change it.</summary>
    public MemberState Member(string? callerId)
    {
        var caller = Caller.Required(callerId);
        EnsureExists();
        var member = _state.Members.GetValueOrDefault(caller);
        AccessPolicy.Member(member?.Role);
        return member!;
    }

    public MemberState Convenor(string? callerId)
    {
        var member = Member(callerId);
        AccessPolicy.Convenor(member.Role);
        return member;
    }

    public MemberState Contributor(string? callerId)
    {
        var member = Member(callerId);
        AccessPolicy.Contributor(member.Role);
        return member;
    }

    public MemberState Find(string personId) =>
        _state.Members.TryGetValue(personId, out var member)
            ? member
            : throw ConveningException.NotFound("group.member-not-found", "That person is not a member of this group.");

    /// <summary>A convenor may stop being one only while another remains.</summary>
    public void EnsureAnotherConvenor()
    {
        if (_state.Members.Values.Count(m => m.Role == GroupRole.Convenor) < 2)
            throw ConveningException.Conflict("group.last-convenor", "A group needs at least one convenor. Make someone else a convenor first.");
    }

    public static void CheckRole(GroupRole role)
    {
        if (!Enum.IsDefined(role))
            throw new ConveningException("group.bad-role", "A role is convenor, member or observer.");
    }

    /// <summary>What a member sees: everyone by sector and name, the glossary, and (for convenors) the invitations waiting.</summary>
    public GroupDetails Details(GroupSummary summary, MemberState me)
    {
        var members = _state.Members.Values
            .OrderBy(m => m.Card.Sector).ThenBy(m => m.Card.DisplayName, StringComparer.OrdinalIgnoreCase)
            .Select(m => new Member(m.Card, m.Role, m.JoinedAt))
            .ToList();
        IReadOnlyList<Invitation> invitations = me.Role == GroupRole.Convenor
            ? [.. _state.Invitations.Values.OrderBy(i => i.CreatedAt)]
            : [];
        return new GroupDetails(summary, me.Role, members, [.. _state.Glossary], invitations);
    }

    /// <summary>An invitation may go to an address that is not a member's, with a real role.</summary>
    public void MayInvite(string email, GroupRole role)
    {
        CheckRole(role);
        if (_state.Members.Values.Any(m => m.Card.Email == email))
            throw ConveningException.Conflict("group.already-member", $"{email} is already a member of this group.");
    }

    /// <summary>The codes of this address's expired invitations, which a new invitation replaces.</summary>
    public IReadOnlyList<string> Expired(string email) =>
        [.. _state.Invitations.Values.Where(i => i.Email == email && i.HasExpired(now)).Select(i => i.Code)];

    /// <summary>
    /// The invitation to this address with this role still waiting (the same invitation sent again), or
    /// null if a new one may be made; refuses a second invitation to an address with another role, and
    /// more than a group may have waiting.
    /// </summary>
    public Invitation? Waiting(string email, GroupRole role)
    {
        if (_state.Invitations.Values.FirstOrDefault(i => i.Email == email && i.Role == role) is { } pending)
            return pending;
        if (_state.Invitations.Values.Any(i => i.Email == email))
            throw ConveningException.Conflict("invitation.already-pending", $"{email} has already been invited and has not answered yet.");
        if (_state.Invitations.Count >= Limits.PendingInvitations)
            throw new ConveningException("invitation.too-many", "This group has too many unanswered invitations. Revoke some first.");
        return null;
    }

    /// <summary>The group's id and 18 random bytes: the code cannot be guessed, and finds its group.</summary>
    public static string NewCode(string groupId) =>
        $"{groupId}.{Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_')}";

    /// <summary>An invitation that can still be accepted.</summary>
    public Invitation Pending(string code)
    {
        if (!_state.Exists)
            throw InvitationNotFound();
        if (_state.AcceptedCodes.ContainsKey(code))
            throw ConveningException.Conflict("invitation.already-used", "This invitation has already been accepted.");
        var invitation = _state.Invitations.TryGetValue(code, out var pending) ? pending : throw InvitationNotFound();
        if (invitation.HasExpired(now))
            throw ConveningException.Forbidden("invitation.expired", "This invitation has expired. Ask the group's convenor to invite you again.");
        return invitation;
    }

    /// <summary>The person the invitation was sent to, joining: not a member yet, with room for them.</summary>
    public void MayJoin(Invitation invitation, string personId, string email)
    {
        if (email != invitation.Email)
            throw ConveningException.Forbidden("invitation.wrong-person", "This invitation was sent to a different email address. Sign in with the address it was sent to.");
        if (_state.Members.ContainsKey(personId))
            throw ConveningException.Conflict("group.already-member", "You are already a member of this group.");
        if (_state.Members.Count >= Limits.GroupMembers)
            throw new ConveningException("group.full", $"A group can have at most {Limits.GroupMembers} members.");
    }

    private static ConveningException InvitationNotFound() =>
        ConveningException.NotFound("invitation.not-found", "That invitation code is not valid. Check the link you were sent.");
}
