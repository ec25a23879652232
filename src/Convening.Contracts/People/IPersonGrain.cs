using Convening.Contracts.Groups;

namespace Convening.Contracts.People;

/// <summary>
/// Someone who signs in: their profile (sector, organisation, when they can meet) and the
/// groups they belong to. Only the person reads their whole record.
/// </summary>
public interface IPersonGrain : IGrainWithStringKey
{
    /// <summary>Called once by the account that owns this person.</summary>
    Task<PersonView> Create(string email, string displayName);

    /// <summary>Called by the owning account once a change of address is verified; no caller check because only that grain calls it.</summary>
    Task ChangeEmail(string email);

    Task<PersonView> Get(string? callerId);

    /// <summary>Called by a place grain when this person becomes, or stops being, one of its stewards.</summary>
    Task SetStewardship(string placeSlug, bool steward);

    /// <summary>Whether the person is a steward of any place (a power that may need a second factor).</summary>
    Task<bool> IsSteward();

    Task<PersonView> UpdateProfile(UpdateProfile command, string? callerId);

    /// <summary>Records days away; overlapping an existing absence or ending before it starts is refused.</summary>
    Task<PersonView> AddAbsence(DateOnly from, DateOnly to, string? callerId);

    Task<PersonView> RemoveAbsence(string absenceId, string? callerId);

    /// <summary>Names who to contact while the person is away; null clears it.</summary>
    Task<PersonView> SetDeputy(Deputy? deputy, string? callerId);

    /// <summary>The card group grains cache; no caller check because only grains call it.</summary>
    Task<PersonCard> GetCard();

    Task SetMembership(Membership membership);

    Task RemoveMembership(string groupId);

    /// <summary>The groups the person is in, for the time-finder's view of when they are already meeting (never shown).</summary>
    Task<IReadOnlyList<string>> GroupIds();
}

[GenerateSerializer, Immutable, Alias("convening.person-view")]
public sealed record PersonView(
    [property: Id(0)] PersonCard Card,
    [property: Id(1)] IReadOnlyList<Membership> Memberships,
    [property: Id(2)] DateTimeOffset JoinedAt)
{
    public string Id => Card.Id;

    /// <summary>Whether the person has saved their sector; until then no sector is shown as theirs.</summary>
    [Id(3)] public bool SectorChosen { get; init; }
}

/// <summary>A person's place in a group, as listed on their own page.</summary>
[GenerateSerializer, Immutable, Alias("convening.membership")]
public sealed record Membership(
    [property: Id(0)] string GroupId,
    [property: Id(1)] string GroupName,
    [property: Id(2)] string PlaceSlug,
    [property: Id(3)] GroupRole Role);
