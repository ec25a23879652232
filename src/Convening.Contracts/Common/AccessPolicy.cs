using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Contracts.Places;

namespace Convening.Contracts;

/// <summary>
/// Who may do what in a group and in a place: the one place these rules are written, each rule
/// with one stable code. Grains, pages and hub methods pass in what they know (a role, a place,
/// a person's memberships); the policy decides and never fetches anything itself.
/// </summary>
public static class AccessPolicy
{
    public const string MembersOnly = "group.members-only";
    public const string ObserverReadOnly = "group.observer-read-only";
    public const string ConvenorsOnly = "group.not-a-convenor";
    public const string StewardsOnly = "place.not-a-steward";
    public const string NoStanding = "place.no-standing";
    public const string CuratorsOnly = "principle.not-a-curator";
    public const string CycleStewardsOnly = "cycle.not-steward";
    public const string CommissionersOnly = "place.not-a-commissioner";
    public const string PictureNotShared = "picture.not-shared";
    public const string PictureSubjectOnly = "picture.person-only";

    /// <summary>Reading a group's own things (members, boards, cycles, gatherings): any member.</summary>
    public static GroupRole Member(GroupRole? role) =>
        role ?? throw ConveningException.Forbidden(MembersOnly, "Only members of this group can see or do that.");

    /// <summary>Changing a group's things: members and convenors, not observers.</summary>
    public static GroupRole Contributor(GroupRole? role) =>
        Member(role) != GroupRole.Observer
            ? role!.Value
            : throw ConveningException.Forbidden(ObserverReadOnly, "Observers can follow the group's work but not change it.");

    /// <summary>Running the group (invitations, roles, gatherings): convenors.</summary>
    public static GroupRole Convenor(GroupRole? role) =>
        Member(role) == GroupRole.Convenor
            ? GroupRole.Convenor
            : throw ConveningException.Forbidden(ConvenorsOnly, "Only the group's convenors can do that.");

    /// <summary>
    /// Steering a cycle (moving its stage, answering the links other groups ask of it): its steward
    /// while they can still change it, and the group's convenors.
    /// </summary>
    public static bool CanSteer(GroupRole? role, bool steward) => role == GroupRole.Convenor || (steward && role is GroupRole.Member);

    public static void Steer(GroupRole? role, bool steward)
    {
        if (!CanSteer(Member(role), steward))
            throw ConveningException.Forbidden(CycleStewardsOnly, "Only the cycle's steward or the group's convenors can do that.");
    }

    /// <summary>A board's facilitator: its group's convenors and whoever the board names.</summary>
    public static bool CanFacilitate(GroupRole? role, bool named) => role == GroupRole.Convenor || (role is not null && named);

    /// <summary>Someone else's card is changed or deleted only by its author or a facilitator.</summary>
    public static bool MayChangeCard(string authorId, string personId, bool facilitator) => facilitator || authorId == personId;

    public static bool IsSteward(PlaceView place, string? personId) =>
        personId is not null && place.StewardIds.Contains(personId);

    public static void Steward(PlaceView place, string? personId)
    {
        if (!IsSteward(place, personId))
            throw ConveningException.Forbidden(StewardsOnly, $"Only the stewards of {place.Name} can do that.");
    }

    public static bool IsCommissioner(PlaceView place, string? personId) =>
        personId is not null && place.Commissioners.Any(c => c.Id == personId);

    /// <summary>A place's suppressed totals of life pictures: its commissioners, no one else (stewards appoint them, and may appoint themselves).</summary>
    public static void Commissioner(PlaceView place, string? personId)
    {
        if (!IsCommissioner(place, personId))
            throw ConveningException.Forbidden(CommissionersOnly, $"Only the commissioners of {place.Name} can see its totals.");
    }

    /// <summary>
    /// A life picture: the person it is about (once they have claimed it) and the practitioners it
    /// names, no one else. The refusal is the same whether or not the picture exists, so an id
    /// reveals nothing.
    /// </summary>
    public static bool MaySeePicture(string? subjectId, IEnumerable<string> practitionerIds, string? personId) =>
        personId is not null && (personId == subjectId || practitionerIds.Contains(personId));

    public static void Picture(string? subjectId, IEnumerable<string> practitionerIds, string? personId)
    {
        if (!MaySeePicture(subjectId, practitionerIds, personId))
            throw ConveningException.Forbidden(PictureNotShared, "This life picture is not shared with you, or there is no such picture.");
    }

    /// <summary>Downloading and withdrawing a picture are the person's own rights.</summary>
    public static void PictureSubject(string? subjectId, string? personId)
    {
        if (personId is null || personId != subjectId)
            throw ConveningException.Forbidden(PictureSubjectOnly, "Only the person this picture is about can do that.");
    }

    /// <summary>
    /// Standing in a place, which its place-level powers need (reading what is shared with the
    /// place, telling its stories, endorsing for it): a steward, or a member of a group the place
    /// has approved. Convening a group alone gives none until a steward approves it.
    /// </summary>
    public static bool HasStanding(PlaceView place, IEnumerable<Membership> memberships, string? personId) =>
        IsSteward(place, personId) || memberships.Any(m => m.PlaceSlug == place.Slug && Approved(place, m.GroupId));

    public static void Standing(PlaceView place, IEnumerable<Membership> memberships, string? personId)
    {
        if (!HasStanding(place, memberships, personId))
            throw ConveningException.Forbidden(NoStanding, $"Only the stewards of {place.Name} and members of groups it has approved can do that.");
    }

    /// <summary>Speaking for a place's principles: its stewards and the convenors of its approved groups.</summary>
    public static bool CanCurate(PlaceView place, IEnumerable<Membership> memberships, string? personId) =>
        IsSteward(place, personId)
        || memberships.Any(m => m.PlaceSlug == place.Slug && m.Role == GroupRole.Convenor && Approved(place, m.GroupId));

    public static void Curator(PlaceView place, IEnumerable<Membership> memberships, string? personId)
    {
        if (!CanCurate(place, memberships, personId))
            throw ConveningException.Forbidden(CuratorsOnly, "Only the place's stewards and the convenors of its approved groups can speak for its principles.");
    }

    /// <summary>
    /// Whether belonging to a group vouches for a person (endorsing in the directory): the group must
    /// be approved by a steward other than the person, so creating a place and convening a group in
    /// it manufactures nothing.
    /// </summary>
    public static bool Vouches(GroupStanding standing, string? decidedBy, string personId) =>
        standing == GroupStanding.Approved && decidedBy != personId;

    /// <summary>
    /// Whether a group's work counts in its place (the place's cycle list, its theme totals): only an
    /// approved group's does. A group still waiting for the stewards, or declined, keeps working as a
    /// group but adds nothing to what the place shows. Things not from a group (null) count.
    /// </summary>
    public static bool CountsInPlace(PlaceView place, string? groupId) => groupId is null || Approved(place, groupId);

    /// <summary>A place lists only the groups its stewards approved (or convened themselves).</summary>
    private static bool Approved(PlaceView place, string groupId) => place.Groups.Any(g => g.Id == groupId);
}
