namespace Convening.Contracts.Places;

/// <summary>
/// A place: a council area, neighbourhood or integrated care system where people are
/// convened across sectors. Keyed by its slug ("essex"); lists the groups convened in it.
/// </summary>
public interface IPlaceGrain : IGrainWithStringKey
{
    /// <summary>Creates the place; the caller becomes one of its stewards.</summary>
    Task<PlaceView> Create(CreatePlace command, string? callerId);

    /// <summary>The public view: anyone may read a place's name, purpose and groups.</summary>
    Task<PlaceView> Get();

    Task<bool> Exists();

    Task<PlaceView> Update(UpdatePlace command, string? callerId);

    /// <summary>
    /// Asked by a group grain before it is stored: the standing a group this person convenes here
    /// would have (approved for a steward, requested for anyone else), or the refusal
    /// (<c>place.not-found</c>, <c>place.too-many-requests</c>). Changes nothing.
    /// </summary>
    Task<GroupStanding> StandingForNewGroup(string convenorId);

    /// <summary>
    /// Called by a group grain once it is stored: a steward's group is listed at once, anyone
    /// else's waits for a steward. Telling it again changes nothing. Returns the group's standing.
    /// </summary>
    Task<GroupStanding> RequestGroup(GroupSummary group, string convenorId);

    /// <summary>
    /// Called by a group grain when it is renamed or changes size, or when a steward
    /// decides on it: an approved group is listed, a requested one waits for the stewards.
    /// </summary>
    Task UpsertGroup(GroupSummary group);

    /// <summary>A steward appoints another person as a steward.</summary>
    Task<PlaceView> AppointSteward(string personId, string? callerId);

    /// <summary>
    /// Records each steward's stewardship on their person again (idempotent). Stewards appointed
    /// before people carried that mark are found this way; run for every place at start-up.
    /// </summary>
    Task MarkStewards();

    /// <summary>A steward removes a steward (themself included); the last steward stays (place.last-steward).</summary>
    Task<PlaceView> RemoveSteward(string personId, string? callerId);

    /// <summary>A steward appoints a commissioner: someone who sees only the place's suppressed totals of life pictures.</summary>
    Task<PlaceView> AppointCommissioner(string personId, string? callerId);

    /// <summary>A steward removes a commissioner; they lose the totals at once.</summary>
    Task<PlaceView> RemoveCommissioner(string personId, string? callerId);

    /// <summary>People a steward may appoint: members of the approved groups who are not stewards yet; stewards only.</summary>
    Task<IReadOnlyList<PlaceSteward>> StewardCandidates(string? callerId);

    /// <summary>The groups asking to be convened here, oldest first; stewards only.</summary>
    Task<IReadOnlyList<GroupRequest>> Requests(string? callerId);

    /// <summary>A steward approves a requested group: it is listed and its members gain standing here.</summary>
    Task<PlaceView> ApproveGroup(string groupId, string? callerId);

    /// <summary>A steward declines a requested group: it keeps working as a group, with no standing here.</summary>
    Task<PlaceView> DeclineGroup(string groupId, string? callerId);
}

/// <summary>Where a group stands with its place's stewards.</summary>
public enum GroupStanding
{
    /// <summary>Approved by a steward (or convened by one); also every group convened before stewards approved groups.</summary>
    Approved = 0,
    Requested = 1,
    Declined = 2,
}

/// <summary>A group asking to be convened in a place, as its stewards see it.</summary>
[GenerateSerializer, Immutable, Alias("convening.group-request")]
public sealed record GroupRequest(
    [property: Id(0)] GroupSummary Group,
    [property: Id(1)] string RequestedById,
    [property: Id(2)] string RequestedByName,
    [property: Id(3)] DateTimeOffset RequestedAt);

/// <summary>A steward as anyone sees them on the place's page.</summary>
[GenerateSerializer, Immutable, Alias("convening.place-steward")]
public sealed record PlaceSteward(
    [property: Id(0)] string Id,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string Organisation);

[GenerateSerializer, Immutable, Alias("convening.create-place")]
public sealed record CreatePlace(
    [property: Id(0)] string Name,
    [property: Id(1)] string Purpose)
{
    /// <summary>Optional: see <see cref="RequestIds"/>. Creating again with the same id answers with the place the first request made, not with <c>place.slug-taken</c>.</summary>
    [Id(2)] public string? RequestId { get; init; }
}

[GenerateSerializer, Immutable, Alias("convening.update-place")]
public sealed record UpdatePlace(
    [property: Id(0)] string Name,
    [property: Id(1)] string Purpose);

[GenerateSerializer, Immutable, Alias("convening.place-view")]
public sealed record PlaceView(
    [property: Id(0)] string Slug,
    [property: Id(1)] string Name,
    [property: Id(2)] string Purpose,
    [property: Id(3)] IReadOnlyList<string> StewardIds,
    [property: Id(4)] IReadOnlyList<GroupSummary> Groups,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] IReadOnlyList<PlaceSteward> Stewards)
{
    /// <summary>The place's commissioners, who see only suppressed totals of life pictures.</summary>
    [Id(7)] public IReadOnlyList<PlaceSteward> Commissioners { get; init; } = [];
}

/// <summary>What anyone may know of a group: its name and purpose, and where it is.</summary>
[GenerateSerializer, Immutable, Alias("convening.group-summary")]
public sealed record GroupSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Purpose,
    [property: Id(3)] string PlaceSlug,
    [property: Id(4)] int MemberCount,
    [property: Id(5)] GroupStanding Standing = GroupStanding.Approved);
