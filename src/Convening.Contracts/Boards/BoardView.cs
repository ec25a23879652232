namespace Convening.Contracts.Boards;

[GenerateSerializer, Immutable, Alias("convening.board-view")]
public sealed record BoardView(
    [property: Id(0)] string Id,
    [property: Id(1)] string GroupId,
    [property: Id(2)] string Title,
    [property: Id(3)] long Version,
    [property: Id(4)] IReadOnlyList<Lane> Lanes,
    [property: Id(5)] bool Locked,
    [property: Id(6)] BoardVote? Vote,
    [property: Id(7)] DateTimeOffset? TimerEndsAt,
    [property: Id(8)] string? FocusLaneId,
    [property: Id(9)] IReadOnlyList<PresentPerson> Present,
    [property: Id(10)] bool CanEdit,
    [property: Id(11)] bool CanFacilitate,
    [property: Id(12)] IReadOnlyList<string> FacilitatorIds)
{
    /// <summary>The card the facilitator has brought everyone to, if it was a card rather than a whole lane.</summary>
    [Id(13)] public string? FocusCardId { get; init; }

    /// <summary>Whether private writing is on: new cards are seen only by their authors until the reveal.</summary>
    [Id(14)] public bool PrivateWriting { get; init; }

    /// <summary>How many cards others are writing privately (the caller's own are in the lanes).</summary>
    [Id(15)] public int HiddenCards { get; init; }

    /// <summary>The named clusters cards can be grouped into, oldest first.</summary>
    [Id(16)] public IReadOnlyList<Cluster> Clusters { get; init; } = [];

    /// <summary>The learning cycle or gathering that opened the board, if known (decision 0041).</summary>
    [Id(17)] public BoardContext? Context { get; init; }
}

/// <summary>A named group of cards that belong together, across lanes.</summary>
[GenerateSerializer, Immutable, Alias("convening.cluster")]
public sealed record Cluster([property: Id(0)] string Id, [property: Id(1)] string Title);

[GenerateSerializer, Immutable, Alias("convening.lane")]
public sealed record Lane(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] IReadOnlyList<Card> Cards)
{
    /// <summary>
    /// How many cards everyone can see in the lane: a paged view (<see cref="IBoardGrain.GetPage"/>)
    /// carries only the first of them in <see cref="Cards"/> (and the caller's own private cards after).
    /// </summary>
    [Id(3)] public int Total { get; init; }
}

/// <summary>Cards <see cref="From"/> onwards of one lane (those everyone can see), as of <see cref="Version"/>.</summary>
[GenerateSerializer, Immutable, Alias("convening.lane-page")]
public sealed record LanePage(
    [property: Id(0)] string LaneId,
    [property: Id(1)] int From,
    [property: Id(2)] IReadOnlyList<Card> Cards,
    [property: Id(3)] int Total,
    [property: Id(4)] long Version);

[GenerateSerializer, Immutable, Alias("convening.card")]
public sealed record Card(
    [property: Id(0)] string Id,
    [property: Id(1)] string Text,
    [property: Id(2)] string Colour,
    [property: Id(3)] BoardPerson Author,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] IReadOnlyList<Comment> Comments,
    [property: Id(6)] int? Votes)
{
    /// <summary>Still private: only its author (the caller) sees it, at the bottom of its lane.</summary>
    [Id(7)] public bool Private { get; init; }

    /// <summary>The cluster it is in, if any.</summary>
    [Id(8)] public string? ClusterId { get; init; }

    /// <summary>What the card became (an experiment, an action, evidence), oldest first.</summary>
    [Id(9)] public IReadOnlyList<CardOutcome> Outcomes { get; init; } = [];
}

[GenerateSerializer, Immutable, Alias("convening.comment")]
public sealed record Comment(
    [property: Id(0)] string Id,
    [property: Id(1)] BoardPerson Author,
    [property: Id(2)] string Text,
    [property: Id(3)] DateTimeOffset At);

[GenerateSerializer, Immutable, Alias("convening.board-person")]
public sealed record BoardPerson(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name);

/// <summary>
/// A dot vote. While it is open nobody sees the tallies (only their own votes); when it closes
/// the results are revealed to everyone.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.board-vote")]
public sealed record BoardVote(
    [property: Id(0)] int VotesPerPerson,
    [property: Id(1)] DateTimeOffset? ClosesAt,
    [property: Id(2)] bool Open,
    [property: Id(3)] IReadOnlyDictionary<string, int> MyVotes,
    [property: Id(4)] IReadOnlyDictionary<string, int>? Results);

/// <summary>Someone on the board now, the lane they are working in and what they are doing there (if they said).</summary>
[GenerateSerializer, Immutable, Alias("convening.present-person")]
public sealed record PresentPerson(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? LaneId)
{
    /// <summary>The card they are on, if any.</summary>
    [Id(3)] public string? CardId { get; init; }

    /// <summary>What they are doing: one of <see cref="BoardLimits.Activities"/>, or null for just looking.</summary>
    [Id(4)] public string? Activity { get; init; }
}

/// <summary>Where a person is on a board and what they are doing, as their browser reports it.</summary>
[GenerateSerializer, Immutable, Alias("convening.board-where")]
public sealed record BoardWhere(
    [property: Id(0)] string? LaneId,
    [property: Id(1)] string? CardId = null,
    [property: Id(2)] string? Activity = null);
