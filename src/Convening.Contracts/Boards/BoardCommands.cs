using System.Text.Json.Serialization;

namespace Convening.Contracts.Boards;

/// <summary>One thing a person does on a board. Facilitator-only commands say so.</summary>
[GenerateSerializer, Immutable, Alias("convening.board-command")]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AddCard), "addCard")]
[JsonDerivedType(typeof(EditCard), "editCard")]
[JsonDerivedType(typeof(MoveCard), "moveCard")]
[JsonDerivedType(typeof(DeleteCard), "deleteCard")]
[JsonDerivedType(typeof(RestoreCard), "restoreCard")]
[JsonDerivedType(typeof(AddComment), "addComment")]
[JsonDerivedType(typeof(CastVote), "castVote")]
[JsonDerivedType(typeof(RetractVote), "retractVote")]
[JsonDerivedType(typeof(AddLane), "addLane")]
[JsonDerivedType(typeof(RenameLane), "renameLane")]
[JsonDerivedType(typeof(RemoveLane), "removeLane")]
[JsonDerivedType(typeof(OpenVote), "openVote")]
[JsonDerivedType(typeof(CloseVote), "closeVote")]
[JsonDerivedType(typeof(StartTimer), "startTimer")]
[JsonDerivedType(typeof(StopTimer), "stopTimer")]
[JsonDerivedType(typeof(SetLocked), "setLocked")]
[JsonDerivedType(typeof(FocusLane), "focusLane")]
[JsonDerivedType(typeof(StartPrivateWriting), "startPrivateWriting")]
[JsonDerivedType(typeof(RevealCards), "revealCards")]
[JsonDerivedType(typeof(AddCluster), "addCluster")]
[JsonDerivedType(typeof(RenameCluster), "renameCluster")]
[JsonDerivedType(typeof(RemoveCluster), "removeCluster")]
[JsonDerivedType(typeof(ClusterCard), "clusterCard")]
[JsonDerivedType(typeof(Undo), "undo")]
[JsonDerivedType(typeof(ApplyTemplate), "applyTemplate")]
public abstract record BoardCommand
{
    /// <summary>
    /// A key the client makes up for this one command (a UUID, say), so that sending it again after
    /// a lost answer is recognised: the board returns the change it already made instead of making
    /// another. Optional; at most <see cref="BoardLimits.RequestIdLength"/> characters.
    /// </summary>
    [Id(0)] public string? RequestId { get; init; }
}

[GenerateSerializer, Immutable, Alias("convening.board.add-card")]
public sealed record AddCard([property: Id(0)] string LaneId, [property: Id(1)] string Text, [property: Id(2)] string? Colour = null) : BoardCommand;

[GenerateSerializer, Immutable, Alias("convening.board.edit-card")]
public sealed record EditCard([property: Id(0)] string CardId, [property: Id(1)] string Text, [property: Id(2)] string? Colour = null) : BoardCommand;

/// <summary>Moves a card to a lane at a position (0 = top); a position past the end means the bottom.</summary>
[GenerateSerializer, Immutable, Alias("convening.board.move-card")]
public sealed record MoveCard([property: Id(0)] string CardId, [property: Id(1)] string LaneId, [property: Id(2)] int Position) : BoardCommand;

[GenerateSerializer, Immutable, Alias("convening.board.delete-card")]
public sealed record DeleteCard([property: Id(0)] string CardId) : BoardCommand;

/// <summary>Undoes a deletion: the card comes back, with its comments, at the bottom of its lane.</summary>
[GenerateSerializer, Immutable, Alias("convening.board.restore-card")]
public sealed record RestoreCard([property: Id(0)] string CardId) : BoardCommand;

[GenerateSerializer, Immutable, Alias("convening.board.add-comment")]
public sealed record AddComment([property: Id(0)] string CardId, [property: Id(1)] string Text) : BoardCommand;

[GenerateSerializer, Immutable, Alias("convening.board.cast-vote")]
public sealed record CastVote([property: Id(0)] string CardId) : BoardCommand;

[GenerateSerializer, Immutable, Alias("convening.board.retract-vote")]
public sealed record RetractVote([property: Id(0)] string CardId) : BoardCommand;

/// <summary>Facilitator: lanes are editable.</summary>
[GenerateSerializer, Immutable, Alias("convening.board.add-lane")]
public sealed record AddLane([property: Id(0)] string Title) : BoardCommand;

[GenerateSerializer, Immutable, Alias("convening.board.rename-lane")]
public sealed record RenameLane([property: Id(0)] string LaneId, [property: Id(1)] string Title) : BoardCommand;

/// <summary>Facilitator: only an empty lane can be removed, so no card is lost.</summary>
[GenerateSerializer, Immutable, Alias("convening.board.remove-lane")]
public sealed record RemoveLane([property: Id(0)] string LaneId) : BoardCommand;

/// <summary>
/// Facilitator: adds a template's lanes (a learning-cycle stage's or a retrospective's) to an open
/// board, after its lanes; a lane of the same title already there is not added twice, and no card
/// moves or goes. Refused with <c>board.template-applied</c> when the board has all of them already.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.board.apply-template")]
public sealed record ApplyTemplate([property: Id(0)] BoardTemplate Template) : BoardCommand;

[GenerateSerializer, Immutable, Alias("convening.board.open-vote")]
public sealed record OpenVote([property: Id(0)] int VotesPerPerson, [property: Id(1)] int? Seconds = null) : BoardCommand;

[GenerateSerializer, Immutable, Alias("convening.board.close-vote")]
public sealed record CloseVote : BoardCommand;

[GenerateSerializer, Immutable, Alias("convening.board.start-timer")]
public sealed record StartTimer([property: Id(0)] int Seconds) : BoardCommand;

[GenerateSerializer, Immutable, Alias("convening.board.stop-timer")]
public sealed record StopTimer : BoardCommand;

[GenerateSerializer, Immutable, Alias("convening.board.set-locked")]
public sealed record SetLocked([property: Id(0)] bool Locked) : BoardCommand;

/// <summary>
/// Facilitator: brings everyone's view to one lane, or to one card in it (null to release). People
/// follow until they step away.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.board.focus-lane")]
public sealed record FocusLane([property: Id(0)] string? LaneId, [property: Id(1)] string? CardId = null) : BoardCommand;

/// <summary>
/// Facilitator: from now until the reveal, each new card is seen only by its author (in views,
/// queries and live broadcasts), so people write without anchoring on each other.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.board.start-private-writing")]
public sealed record StartPrivateWriting : BoardCommand;

/// <summary>
/// Ends private writing: every hidden card is shown to everyone, at the bottom of its lane, with its
/// author's name or, when <see cref="Anonymous"/>, without. A facilitator reveals; when no one who
/// can facilitate is on the board, anyone taking part may, so a facilitator who left strands nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.board.reveal-cards")]
public sealed record RevealCards([property: Id(0)] bool Anonymous = false) : BoardCommand;

/// <summary>Names a new cluster, a group of cards that belong together ("Waiting times"); anyone taking part may.</summary>
[GenerateSerializer, Immutable, Alias("convening.board.add-cluster")]
public sealed record AddCluster([property: Id(0)] string Title) : BoardCommand;

[GenerateSerializer, Immutable, Alias("convening.board.rename-cluster")]
public sealed record RenameCluster([property: Id(0)] string ClusterId, [property: Id(1)] string Title) : BoardCommand;

/// <summary>Removes a cluster; its cards stay where they are, in no cluster.</summary>
[GenerateSerializer, Immutable, Alias("convening.board.remove-cluster")]
public sealed record RemoveCluster([property: Id(0)] string ClusterId) : BoardCommand;

/// <summary>Puts a card in a cluster, or (with no cluster) takes it out of the one it is in.</summary>
[GenerateSerializer, Immutable, Alias("convening.board.cluster-card")]
public sealed record ClusterCard([property: Id(0)] string CardId, [property: Id(1)] string? ClusterId) : BoardCommand;

/// <summary>
/// Undoes the caller's own last change to a card (adding, editing, moving, deleting, clustering it)
/// by making the opposite change, as a new change everyone sees. Refused with
/// <c>board.undo-conflict</c> when someone else has changed the card since, and with
/// <c>board.nothing-to-undo</c> when there is nothing (left) to undo, and with
/// <c>board.undo-promotion</c> when the last change made the card an experiment, an action or
/// evidence, which undo does not take back (decision 0049).
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.board.undo")]
public sealed record Undo : BoardCommand;
