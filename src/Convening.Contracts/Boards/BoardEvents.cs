using System.Text.Json.Serialization;

namespace Convening.Contracts.Boards;

/// <summary>One change to a board, in the order it happened: versions are 1, 2, 3, … with no gaps.</summary>
[GenerateSerializer, Immutable, Alias("convening.board-change")]
public sealed record BoardChange(
    [property: Id(0)] long Version,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] BoardPerson Actor,
    [property: Id(3)] BoardEvent Event)
{
    /// <summary>The request id the actor sent with the command, kept so a retry is recognised; only the actor is told it.</summary>
    [Id(4)] public string? RequestId { get; init; }

    /// <summary>
    /// The lanes whose number of cards this change altered, with their new counts (set on what is sent
    /// to watchers, never stored), so a browser that has loaded only the first cards of a lane keeps
    /// its count right when a card it has not loaded is added, moved or deleted (decision 0038).
    /// </summary>
    [Id(5)] public IReadOnlyDictionary<string, int>? LaneCounts { get; init; }

    /// <summary>When this change undid the actor's own earlier one: that change's version.</summary>
    [Id(6)] public long? Undoes { get; init; }
}

[GenerateSerializer, Immutable, Alias("convening.board-event")]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(BoardOpened), "boardOpened")]
[JsonDerivedType(typeof(CardAdded), "cardAdded")]
[JsonDerivedType(typeof(CardEdited), "cardEdited")]
[JsonDerivedType(typeof(CardMoved), "cardMoved")]
[JsonDerivedType(typeof(CardDeleted), "cardDeleted")]
[JsonDerivedType(typeof(CardRestored), "cardRestored")]
[JsonDerivedType(typeof(CommentAdded), "commentAdded")]
[JsonDerivedType(typeof(VoteCast), "voteCast")]
[JsonDerivedType(typeof(VoteRetracted), "voteRetracted")]
[JsonDerivedType(typeof(LaneAdded), "laneAdded")]
[JsonDerivedType(typeof(LaneRenamed), "laneRenamed")]
[JsonDerivedType(typeof(LaneRemoved), "laneRemoved")]
[JsonDerivedType(typeof(VoteOpened), "voteOpened")]
[JsonDerivedType(typeof(VoteClosed), "voteClosed")]
[JsonDerivedType(typeof(TimerStarted), "timerStarted")]
[JsonDerivedType(typeof(TimerStopped), "timerStopped")]
[JsonDerivedType(typeof(LockChanged), "lockChanged")]
[JsonDerivedType(typeof(LaneFocused), "laneFocused")]
[JsonDerivedType(typeof(PrivateWritingStarted), "privateWritingStarted")]
[JsonDerivedType(typeof(PrivateWork), "privateWork")]
[JsonDerivedType(typeof(CardsRevealed), "cardsRevealed")]
[JsonDerivedType(typeof(ClusterAdded), "clusterAdded")]
[JsonDerivedType(typeof(ClusterRenamed), "clusterRenamed")]
[JsonDerivedType(typeof(ClusterRemoved), "clusterRemoved")]
[JsonDerivedType(typeof(CardClustered), "cardClustered")]
[JsonDerivedType(typeof(CardPromoted), "cardPromoted")]
[JsonDerivedType(typeof(TemplateApplied), "templateApplied")]
public abstract record BoardEvent;

[GenerateSerializer, Immutable, Alias("convening.board.opened")]
public sealed record BoardOpened([property: Id(0)] string GroupId, [property: Id(1)] string Title, [property: Id(2)] IReadOnlyList<LaneAdded> Lanes) : BoardEvent
{
    /// <summary>The cycle or gathering that opened the board (null on boards opened before it was recorded).</summary>
    [Id(3)] public BoardContext? Context { get; init; }
}

/// <summary>A template's lanes added to an open board, after the lanes already there (cards stay where they are).</summary>
[GenerateSerializer, Immutable, Alias("convening.board.template-applied")]
public sealed record TemplateApplied([property: Id(0)] BoardTemplate Template, [property: Id(1)] IReadOnlyList<LaneAdded> Lanes) : BoardEvent;

[GenerateSerializer, Immutable, Alias("convening.board.card-added")]
public sealed record CardAdded([property: Id(0)] string CardId, [property: Id(1)] string LaneId, [property: Id(2)] string Text, [property: Id(3)] string Colour) : BoardEvent
{
    /// <summary>Written during private writing: only its author sees it until the reveal.</summary>
    [Id(4)] public bool Private { get; init; }
}

[GenerateSerializer, Immutable, Alias("convening.board.card-edited")]
public sealed record CardEdited([property: Id(0)] string CardId, [property: Id(1)] string Text, [property: Id(2)] string Colour) : BoardEvent;

[GenerateSerializer, Immutable, Alias("convening.board.card-moved")]
public sealed record CardMoved([property: Id(0)] string CardId, [property: Id(1)] string LaneId, [property: Id(2)] int Position) : BoardEvent
{
    /// <summary>
    /// The card as the watcher may see it, added to what is sent (never stored), so a browser that had
    /// not loaded the card can show it where it lands among the cards it has loaded (decision 0038).
    /// </summary>
    [Id(3)] public Card? Card { get; init; }
}

[GenerateSerializer, Immutable, Alias("convening.board.card-deleted")]
public sealed record CardDeleted([property: Id(0)] string CardId) : BoardEvent;

/// <summary>A deleted card brought back, whole: the earlier events about it no longer carry its text.</summary>
[GenerateSerializer, Immutable, Alias("convening.board.card-restored")]
public sealed record CardRestored(
    [property: Id(0)] string CardId,
    [property: Id(1)] string LaneId,
    [property: Id(2)] string Text,
    [property: Id(3)] string Colour,
    [property: Id(4)] BoardPerson Author,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] IReadOnlyList<Comment> Comments) : BoardEvent
{
    /// <summary>Brought back during private writing, having been written privately: still seen by its author only.</summary>
    [Id(7)] public bool Private { get; init; }

    /// <summary>The cluster it was in, if that cluster is still on the board.</summary>
    [Id(8)] public string? ClusterId { get; init; }
}

[GenerateSerializer, Immutable, Alias("convening.board.comment-added")]
public sealed record CommentAdded([property: Id(0)] string CardId, [property: Id(1)] string CommentId, [property: Id(2)] string Text) : BoardEvent;

/// <summary>A dot placed; <see cref="CardId"/> is hidden (null) from everyone but the voter until the vote closes.</summary>
[GenerateSerializer, Immutable, Alias("convening.board.vote-cast")]
public sealed record VoteCast([property: Id(0)] string? CardId) : BoardEvent;

[GenerateSerializer, Immutable, Alias("convening.board.vote-retracted")]
public sealed record VoteRetracted([property: Id(0)] string? CardId) : BoardEvent;

[GenerateSerializer, Immutable, Alias("convening.board.lane-added")]
public sealed record LaneAdded([property: Id(0)] string LaneId, [property: Id(1)] string Title) : BoardEvent;

[GenerateSerializer, Immutable, Alias("convening.board.lane-renamed")]
public sealed record LaneRenamed([property: Id(0)] string LaneId, [property: Id(1)] string Title) : BoardEvent;

[GenerateSerializer, Immutable, Alias("convening.board.lane-removed")]
public sealed record LaneRemoved([property: Id(0)] string LaneId) : BoardEvent;

[GenerateSerializer, Immutable, Alias("convening.board.vote-opened")]
public sealed record VoteOpened([property: Id(0)] int VotesPerPerson, [property: Id(1)] DateTimeOffset? ClosesAt) : BoardEvent;

/// <summary>The vote's results, revealed to everyone: card id → dots.</summary>
[GenerateSerializer, Immutable, Alias("convening.board.vote-closed")]
public sealed record VoteClosed([property: Id(0)] IReadOnlyDictionary<string, int> Results) : BoardEvent;

[GenerateSerializer, Immutable, Alias("convening.board.timer-started")]
public sealed record TimerStarted([property: Id(0)] DateTimeOffset EndsAt) : BoardEvent;

[GenerateSerializer, Immutable, Alias("convening.board.timer-stopped")]
public sealed record TimerStopped : BoardEvent;

[GenerateSerializer, Immutable, Alias("convening.board.lock-changed")]
public sealed record LockChanged([property: Id(0)] bool Locked) : BoardEvent;

[GenerateSerializer, Immutable, Alias("convening.board.lane-focused")]
public sealed record LaneFocused([property: Id(0)] string? LaneId, [property: Id(1)] string? CardId = null) : BoardEvent;

[GenerateSerializer, Immutable, Alias("convening.board.private-writing-started")]
public sealed record PrivateWritingStarted : BoardEvent;

/// <summary>
/// What everyone but the author is told of a change to a card still private: that someone did
/// something, and how many private cards the board now holds in all (no card, no text, no name).
/// It keeps versions without gaps.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.board.private-work")]
public sealed record PrivateWork([property: Id(0)] int PrivateCards) : BoardEvent;

/// <summary>The private cards, shown to everyone at the bottom of their lanes; authors left out when anonymous.</summary>
[GenerateSerializer, Immutable, Alias("convening.board.cards-revealed")]
public sealed record CardsRevealed([property: Id(0)] bool Anonymous, [property: Id(1)] IReadOnlyList<RevealedCard> Cards) : BoardEvent;

[GenerateSerializer, Immutable, Alias("convening.board.revealed-card")]
public sealed record RevealedCard([property: Id(0)] string LaneId, [property: Id(1)] Card Card);

[GenerateSerializer, Immutable, Alias("convening.board.cluster-added")]
public sealed record ClusterAdded([property: Id(0)] string ClusterId, [property: Id(1)] string Title) : BoardEvent;

[GenerateSerializer, Immutable, Alias("convening.board.cluster-renamed")]
public sealed record ClusterRenamed([property: Id(0)] string ClusterId, [property: Id(1)] string Title) : BoardEvent;

/// <summary>The cluster is gone; the cards that were in it stay where they are, in no cluster.</summary>
[GenerateSerializer, Immutable, Alias("convening.board.cluster-removed")]
public sealed record ClusterRemoved([property: Id(0)] string ClusterId) : BoardEvent;

/// <summary>A card put in a cluster, or taken out of one (<see cref="ClusterId"/> null).</summary>
[GenerateSerializer, Immutable, Alias("convening.board.card-clustered")]
public sealed record CardClustered([property: Id(0)] string CardId, [property: Id(1)] string? ClusterId) : BoardEvent;

/// <summary>A card became an experiment, an action or evidence: the card links to it from now on.</summary>
[GenerateSerializer, Immutable, Alias("convening.board.card-promoted")]
public sealed record CardPromoted([property: Id(0)] string CardId, [property: Id(1)] CardOutcome Outcome) : BoardEvent;
