namespace Convening.Contracts.Principles;

public enum PrincipleStatus
{
    Draft = 0,
    Published = 1,
    Withdrawn = 2,
}

/// <summary>How a principle came to a place: first stated there, taken as it was, or reworded.</summary>
public enum PrincipleOrigin
{
    Originated = 0,
    Adopted = 1,
    Adapted = 2,
}

public enum EvidenceKind
{
    Reflection = 0,
    Link = 1,

    /// <summary>A learning cycle: the reference is its 32-hex id.</summary>
    Cycle = 2,

    /// <summary>An experiment of a cycle: the reference is "{cycleId}/{experimentId}".</summary>
    Experiment = 3,

    /// <summary>A card on a live board: the reference is "{boardId}/{cardId}"; only the board's members can open it.</summary>
    Card = 4,
}

[GenerateSerializer, Immutable, Alias("convening.evidence")]
public sealed record Evidence(
    [property: Id(0)] EvidenceKind Kind,
    [property: Id(1)] string Reference,
    [property: Id(2)] string Note);

[GenerateSerializer, Immutable, Alias("convening.draft-principle")]
public sealed record DraftPrinciple(
    [property: Id(0)] string PlaceSlug,
    [property: Id(1)] string Statement,
    [property: Id(2)] string Practice,
    [property: Id(3)] IReadOnlyList<string> Themes,
    [property: Id(4)] IReadOnlyList<Evidence> Evidence)
{
    /// <summary>Optional: see <see cref="RequestIds"/>. The new principle's id is made from it, so drafting again with the same id answers with the draft the first request made.</summary>
    [Id(5)] public string? RequestId { get; init; }
}

/// <summary>Adopt (leave the wording empty) or adapt (reword) a principle for a place, with its story.</summary>
[GenerateSerializer, Immutable, Alias("convening.adopt-principle")]
public sealed record AdoptPrinciple(
    [property: Id(0)] string ParentId,
    [property: Id(1)] string PlaceSlug,
    [property: Id(2)] string? Statement,
    [property: Id(3)] string? Practice,
    [property: Id(4)] string? Story)
{
    /// <summary>Optional: see <see cref="RequestIds"/>. The new principle's id is made from it, so adopting again with the same id answers with the principle the first request made.</summary>
    [Id(5)] public string? RequestId { get; init; }
}

[GenerateSerializer, Immutable, Alias("convening.story")]
public sealed record Story(
    [property: Id(0)] string Id,
    [property: Id(1)] string AuthorName,
    [property: Id(2)] string Markdown,
    [property: Id(3)] DateTimeOffset At);

[GenerateSerializer, Immutable, Alias("convening.lineage-node")]
public sealed record LineageNode(
    [property: Id(0)] string Id,
    [property: Id(1)] string? ParentId,
    [property: Id(2)] string PlaceSlug,
    [property: Id(3)] string PlaceName,
    [property: Id(4)] PrincipleOrigin Origin,
    [property: Id(5)] string Statement,
    [property: Id(6)] bool Withdrawn,
    [property: Id(7)] DateTimeOffset At);

[GenerateSerializer, Immutable, Alias("convening.principle-view")]
public sealed record PrincipleView(
    [property: Id(0)] string Id,
    [property: Id(1)] string RootId,
    [property: Id(2)] string? ParentId,
    [property: Id(3)] string PlaceSlug,
    [property: Id(4)] string PlaceName,
    [property: Id(5)] string Statement,
    [property: Id(6)] string Practice,
    [property: Id(7)] IReadOnlyList<string> Themes,
    [property: Id(8)] IReadOnlyList<Evidence> Evidence,
    [property: Id(9)] PrincipleOrigin Origin,
    [property: Id(10)] PrincipleStatus Status,
    [property: Id(11)] IReadOnlyList<Story> Stories,
    [property: Id(12)] int Endorsements,
    [property: Id(13)] bool EndorsedByMe,
    [property: Id(14)] bool FollowedByMe,
    [property: Id(15)] DateTimeOffset CreatedAt);

/// <summary>A principle as the library lists it.</summary>
[GenerateSerializer, Immutable, Alias("convening.principle-summary")]
public sealed record PrincipleSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string RootId,
    [property: Id(2)] string PlaceSlug,
    [property: Id(3)] string PlaceName,
    [property: Id(4)] string Statement,
    [property: Id(5)] string Practice,
    [property: Id(6)] IReadOnlyList<string> Themes,
    [property: Id(7)] PrincipleOrigin Origin,
    [property: Id(8)] int Endorsements,
    [property: Id(9)] DateTimeOffset PublishedAt);
