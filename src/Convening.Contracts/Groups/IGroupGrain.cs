using Convening.Contracts.Places;

namespace Convening.Contracts.Groups;

/// <summary>
/// A cross-sector group convened in a place. Its members have roles (convenor, member,
/// observer); it keeps its invitations and its glossary of shared language. The grain
/// decides who may see and change what.
/// </summary>
public interface IGroupGrain : IGrainWithStringKey
{
    /// <summary>Convenes the group in a place; the caller becomes its first convenor.</summary>
    Task<GroupSummary> Convene(ConveneGroup command, string? callerId);

    /// <summary>What anyone may see: name, purpose and place.</summary>
    Task<GroupSummary> GetSummary();

    /// <summary>Members, glossary and (for convenors) invitations; members only.</summary>
    Task<GroupDetails> GetDetails(string? callerId);

    Task<GroupSummary> Update(UpdateGroup command, string? callerId);

    Task<Invitation> Invite(InvitePerson command, string? callerId);

    Task RevokeInvitation(string code, string? callerId);

    /// <summary>An unanswered invitation, for whoever holds its code (the code is the secret).</summary>
    Task<Invitation> GetInvitation(string code);

    /// <summary>
    /// Readdresses a waiting invitation whose invitee moved their account from <paramref name="from"/>
    /// to <paramref name="to"/> (called by the old address's inbox). Null when it is gone or expired, or
    /// when the new address has its own invitation to this group (then this one is dropped).
    /// </summary>
    Task<Invitation?> ReaddressInvitation(string code, string from, string to);

    /// <summary>Accepts an invitation; the caller's email must be the one invited.</summary>
    Task<GroupSummary> AcceptInvitation(string code, string? callerId);

    Task SetRole(string personId, GroupRole role, string? callerId);

    /// <summary>A convenor removes someone, or a member removes themself (leaving).</summary>
    Task RemoveMember(string personId, string? callerId);

    Task<GlossaryEntry> AddGlossaryEntry(GlossaryEntryInput input, string? callerId);

    Task<GlossaryEntry> UpdateGlossaryEntry(string entryId, GlossaryEntryInput input, string? callerId);

    Task RemoveGlossaryEntry(string entryId, string? callerId);

    /// <summary>The person's role, or null if they are not a member; for other grains' authorisation.</summary>
    Task<GroupRole?> RoleOf(string personId);

    /// <summary>The place's steward decided on the group (its place grain calls this before recording it).</summary>
    Task<GroupSummary> SetStanding(GroupStanding standing, string stewardId);

    /// <summary>Where the group stands with its place and which steward decided; for other grains' rules.</summary>
    Task<(GroupStanding Standing, string? DecidedBy)> StandingOf();

    /// <summary>Members' names and organisations (no contact details), for the place's stewards to choose stewards from.</summary>
    Task<IReadOnlyList<PlaceSteward>> MemberNames();

    /// <summary>Subscribes a web host to the group's removals; renew within <see cref="Boards.BoardLimits.ObserverLifetime"/>.</summary>
    Task Watch(IGroupObserver observer);

    Task Unwatch(IGroupObserver observer);

    /// <summary>A member's person grain tells the group their card changed.</summary>
    Task RefreshMember(Convening.Contracts.People.PersonCard card);
}

public enum GroupRole
{
    Observer = 0,
    Member = 1,
    Convenor = 2,
}

[GenerateSerializer, Immutable, Alias("convening.convene-group")]
public sealed record ConveneGroup(
    [property: Id(0)] string PlaceSlug,
    [property: Id(1)] string Name,
    [property: Id(2)] string Purpose)
{
    /// <summary>Optional: see <see cref="RequestIds"/>. The group's id is made from it, so convening again with the same id answers with the group the first request convened.</summary>
    [Id(3)] public string? RequestId { get; init; }
}

[GenerateSerializer, Immutable, Alias("convening.update-group")]
public sealed record UpdateGroup(
    [property: Id(0)] string Name,
    [property: Id(1)] string Purpose);

[GenerateSerializer, Immutable, Alias("convening.invite-person")]
public sealed record InvitePerson(
    [property: Id(0)] string Email,
    [property: Id(1)] GroupRole Role = GroupRole.Member);

/// <summary>
/// What a web host hears from a group it has live connections for: someone has left or been
/// removed, so their connections to the group's boards are closed before the removal returns.
/// </summary>
public interface IGroupObserver : IGrainObserver
{
    Task MemberRemoved(string groupId, string personId);
}
