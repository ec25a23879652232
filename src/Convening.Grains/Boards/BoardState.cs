using Convening.Contracts.Boards;

namespace Convening.Grains.Boards;

/// <summary>
/// The board as its events left it. <see cref="Apply"/> is the only way it changes, so replaying
/// the log (after a snapshot) always rebuilds the same board.
/// </summary>
[GenerateSerializer, Alias("convening.board-state")]
public sealed class BoardState
{
    [Id(0)] public long Version { get; set; }
    [Id(1)] public string GroupId { get; set; } = "";
    [Id(2)] public string Title { get; set; } = "";
    [Id(3)] public List<LaneState> Lanes { get; set; } = [];
    [Id(4)] public Dictionary<string, CardState> Cards { get; set; } = [];
    [Id(5)] public bool Locked { get; set; }
    [Id(6)] public VoteState? Vote { get; set; }
    [Id(7)] public Dictionary<string, int>? LastResults { get; set; }
    [Id(8)] public DateTimeOffset? TimerEndsAt { get; set; }
    [Id(9)] public string? FocusLaneId { get; set; }
    [Id(10)] public List<string> FacilitatorIds { get; set; } = [];
    /// <summary>The latest deleted cards, oldest first, so a deletion can be undone; never shown.</summary>
    [Id(11)] public List<CardState> DeletedCards { get; set; } = [];

    /// <summary>"person id/request id" → the version it made, for the most recent requests that carried an id.</summary>
    [Id(12)] public Dictionary<string, long> Requests { get; set; } = [];

    /// <summary>The card (in <see cref="FocusLaneId"/>) the facilitator brought everyone to, if any.</summary>
    [Id(13)] public string? FocusCardId { get; set; }

    /// <summary>Private writing is on: new cards stay out of the lanes' order, seen by their authors only, until the reveal.</summary>
    [Id(14)] public bool PrivateWriting { get; set; }

    /// <summary>The named clusters, oldest first.</summary>
    [Id(15)] public List<Cluster> Clusters { get; set; } = [];

    /// <summary>Person id → their last change to a card that they can still undo, and how.</summary>
    [Id(16)] public Dictionary<string, UndoState> LastChanges { get; set; } = [];

    /// <summary>The cycle or gathering that opened the board, if it was recorded (decision 0041).</summary>
    [Id(17)] public BoardContext? Context { get; set; }

    /// <summary>A card here or among the deletions (for telling whether an old event was about a private card).</summary>
    public CardState? AnyCard(string cardId) => Cards.GetValueOrDefault(cardId) ?? DeletedCards.FindLast(c => c.Id == cardId);

    public long? VersionFor(string personId, string? requestId) =>
        requestId is not null && Requests.TryGetValue(personId + "/" + requestId, out var version) ? version : null;

    public bool Exists => Version > 0;

    public LaneState? Lane(string laneId) => Lanes.Find(l => l.Id == laneId);

    public LaneState LaneOf(CardState card) => Lanes.First(l => l.Id == card.LaneId);

    /// <summary>Where a card is in its lane's order (the bottom for a private card, which has no place yet).</summary>
    public int Position(CardState card) => LaneOf(card).CardIds.IndexOf(card.Id) is >= 0 and var i ? i : int.MaxValue;

    /// <summary>The one way the board changes: the change's request and undo are remembered, then its event is projected.</summary>
    public void Apply(BoardChange change)
    {
        Version = change.Version;
        Remember(change);
        BoardUndo.Remember(this, change);
        BoardProjection.Apply(this, change);
    }

    private void Remember(BoardChange change)
    {
        if (change.RequestId is null)
            return;
        Requests[change.Actor.Id + "/" + change.RequestId] = change.Version;
        if (Requests.Count > 2 * BoardLimits.RequestsRemembered)
            foreach (var (key, version) in Requests.Where(r => r.Value <= change.Version - BoardLimits.RequestsRemembered).ToList())
                Requests.Remove(key);
    }
}
