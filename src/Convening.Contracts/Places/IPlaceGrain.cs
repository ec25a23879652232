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

    /// <summary>Called by a group grain when it is convened or renamed.</summary>
    Task UpsertGroup(GroupSummary group);
}

[GenerateSerializer, Immutable, Alias("convening.create-place")]
public sealed record CreatePlace(
    [property: Id(0)] string Name,
    [property: Id(1)] string Purpose);

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
    [property: Id(5)] DateTimeOffset CreatedAt);

/// <summary>What anyone may know of a group: its name and purpose, and where it is.</summary>
[GenerateSerializer, Immutable, Alias("convening.group-summary")]
public sealed record GroupSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Purpose,
    [property: Id(3)] string PlaceSlug,
    [property: Id(4)] int MemberCount);
