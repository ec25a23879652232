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

    private void Remember(BoardChange change)
    {
        if (change.RequestId is null)
            return;
        Requests[change.Actor.Id + "/" + change.RequestId] = change.Version;
        if (Requests.Count > 2 * BoardLimits.RequestsRemembered)
            foreach (var (key, version) in Requests.Where(r => r.Value <= change.Version - BoardLimits.RequestsRemembered).ToList())
                Requests.Remove(key);
    }

    public bool Exists => Version > 0;

    /// <summary>
    /// Before a change to a card is applied, what would undo it (worked out from the card as it is
    /// now); a change that was itself an undo leaves nothing to undo.
    /// </summary>
    private void RememberUndo(BoardChange change)
    {
        if (change.Undoes is not null)
        {
            LastChanges.Remove(change.Actor.Id);
            return;
        }
        BoardCommand? inverse = change.Event switch
        {
            CardAdded e => new DeleteCard(e.CardId),
            CardEdited e => new EditCard(e.CardId, Cards[e.CardId].Text, Cards[e.CardId].Colour),
            CardMoved e => new MoveCard(e.CardId, Cards[e.CardId].LaneId, Position(Cards[e.CardId])),
            CardDeleted e => new RestoreCard(e.CardId),
            CardRestored e => new DeleteCard(e.CardId),
            CardClustered e => new ClusterCard(e.CardId, Cards[e.CardId].ClusterId),
            _ => null,
        };
        // What a card became lives in a cycle, gathering or principle now; undo says it cannot take it back (decision 0049).
        if (change.Event is CardPromoted promoted)
        {
            LastChanges[change.Actor.Id] = new UndoState { Version = change.Version, PromotedCardId = promoted.CardId, Promoted = promoted.Outcome };
            return;
        }
        if (inverse is not null)
            LastChanges[change.Actor.Id] = new UndoState { Version = change.Version, Inverse = inverse };
    }

    private int Position(CardState card) => LaneOf(card).CardIds.IndexOf(card.Id) is >= 0 and var i ? i : int.MaxValue;

    public LaneState? Lane(string laneId) => Lanes.Find(l => l.Id == laneId);

    public LaneState LaneOf(CardState card) => Lanes.First(l => l.Id == card.LaneId);

    public void Apply(BoardChange change)
    {
        Version = change.Version;
        Remember(change);
        RememberUndo(change);
        switch (change.Event)
        {
            case BoardOpened e:
                (GroupId, Title, Context) = (e.GroupId, e.Title, e.Context);
                Lanes = [.. e.Lanes.Select(l => new LaneState { Id = l.LaneId, Title = l.Title })];
                FacilitatorIds = [change.Actor.Id];
                break;
            case CardAdded e:
                Cards[e.CardId] = new CardState { Id = e.CardId, LaneId = e.LaneId, Text = e.Text, Colour = e.Colour, Author = change.Actor, CreatedAt = change.At, PrivateFrom = e.Private ? change.Version : 0, ChangedAt = change.Version };
                if (!e.Private)
                    Lane(e.LaneId)!.CardIds.Add(e.CardId);
                break;
            case CardEdited e:
                (Cards[e.CardId].Text, Cards[e.CardId].Colour, Cards[e.CardId].ChangedAt) = (e.Text, e.Colour, change.Version);
                break;
            case CardMoved e:
                var moved = Cards[e.CardId];
                LaneOf(moved).CardIds.Remove(e.CardId);
                var target = Lane(e.LaneId)!;
                if (!moved.Private)
                    target.CardIds.Insert(Math.Clamp(e.Position, 0, target.CardIds.Count), e.CardId);
                (moved.LaneId, moved.ChangedAt) = (e.LaneId, change.Version);
                break;
            case CardDeleted e:
                var deleted = Cards[e.CardId];
                deleted.ChangedAt = change.Version;
                LaneOf(deleted).CardIds.Remove(e.CardId);
                Cards.Remove(e.CardId);
                if (FocusCardId == e.CardId)
                    FocusCardId = null;
                Vote?.Refund(e.CardId);
                DeletedCards.Add(deleted);
                if (DeletedCards.Count > BoardLimits.UndoableDeletions)
                    DeletedCards.RemoveAt(0);
                break;
            case CardRestored e:
                var was = DeletedCards.FindLast(c => c.Id == e.CardId);
                DeletedCards.RemoveAll(c => c.Id == e.CardId);
                var restored = Cards[e.CardId] = new CardState
                {
                    Id = e.CardId, LaneId = e.LaneId, Text = e.Text, Colour = e.Colour, Author = e.Author, CreatedAt = e.CreatedAt, Comments = [.. e.Comments],
                    PrivateFrom = was?.PrivateFrom ?? 0, RevealedAt = was?.RevealedAt, Anonymous = was?.Anonymous ?? false,
                    ClusterId = e.ClusterId, ChangedAt = change.Version, Outcomes = was?.Outcomes ?? [],
                };
                // Deleted while private and brought back after the reveal: it is shown from now on.
                if (restored.Private && !e.Private)
                    restored.RevealedAt = change.Version;
                if (!restored.Private)
                    Lane(e.LaneId)!.CardIds.Add(e.CardId);
                break;
            case PrivateWritingStarted:
                PrivateWriting = true;
                break;
            case CardsRevealed e:
                PrivateWriting = false;
                foreach (var shown in e.Cards)
                {
                    var card = Cards[shown.Card.Id];
                    (card.RevealedAt, card.Anonymous) = (change.Version, e.Anonymous);
                    Lane(card.LaneId)!.CardIds.Add(card.Id);
                }
                break;
            case CommentAdded e:
                Cards[e.CardId].Comments.Add(new Comment(e.CommentId, change.Actor, e.Text, change.At));
                break;
            case VoteCast e:
                Vote!.Ballots.TryAdd(change.Actor.Id, []);
                Vote.Ballots[change.Actor.Id].Add(e.CardId!);
                break;
            case VoteRetracted e:
                Vote!.Ballots[change.Actor.Id].Remove(e.CardId!);
                break;
            case LaneAdded e:
                Lanes.Add(new LaneState { Id = e.LaneId, Title = e.Title });
                break;
            case TemplateApplied e:
                Lanes.AddRange(e.Lanes.Select(l => new LaneState { Id = l.LaneId, Title = l.Title }));
                break;
            case LaneRenamed e:
                Lane(e.LaneId)!.Title = e.Title;
                break;
            case LaneRemoved e:
                Lanes.RemoveAll(l => l.Id == e.LaneId);
                if (FocusLaneId == e.LaneId)
                    (FocusLaneId, FocusCardId) = (null, null);
                break;
            case VoteOpened e:
                Vote = new VoteState { VotesPerPerson = e.VotesPerPerson, ClosesAt = e.ClosesAt };
                LastResults = null;
                break;
            case VoteClosed e:
                (Vote, LastResults) = (null, new Dictionary<string, int>(e.Results));
                break;
            case TimerStarted e:
                TimerEndsAt = e.EndsAt;
                break;
            case TimerStopped:
                TimerEndsAt = null;
                break;
            case LockChanged e:
                Locked = e.Locked;
                break;
            case LaneFocused e:
                (FocusLaneId, FocusCardId) = (e.LaneId, e.CardId);
                break;
            case ClusterAdded e:
                Clusters.Add(new Cluster(e.ClusterId, e.Title));
                break;
            case ClusterRenamed e:
                Clusters[Clusters.FindIndex(k => k.Id == e.ClusterId)] = new Cluster(e.ClusterId, e.Title);
                break;
            case ClusterRemoved e:
                Clusters.RemoveAll(k => k.Id == e.ClusterId);
                foreach (var card in Cards.Values.Where(c => c.ClusterId == e.ClusterId))
                    (card.ClusterId, card.ChangedAt) = (null, change.Version);
                break;
            case CardClustered e:
                (Cards[e.CardId].ClusterId, Cards[e.CardId].ChangedAt) = (e.ClusterId, change.Version);
                break;
            case CardPromoted e:
                Cards[e.CardId].Outcomes.Add(e.Outcome);
                break;
            default:
                throw new InvalidOperationException($"No projection for {change.Event.GetType().Name}.");
        }
    }
}

[GenerateSerializer, Alias("convening.lane-state")]
public sealed class LaneState
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public string Title { get; set; } = "";
    [Id(2)] public List<string> CardIds { get; set; } = [];
}

[GenerateSerializer, Alias("convening.card-state")]
public sealed class CardState
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public string LaneId { get; set; } = "";
    [Id(2)] public string Text { get; set; } = "";
    [Id(3)] public string Colour { get; set; } = "";
    [Id(4)] public BoardPerson Author { get; set; } = new("", "");
    [Id(5)] public DateTimeOffset CreatedAt { get; set; }
    [Id(6)] public List<Comment> Comments { get; set; } = [];

    /// <summary>The version that added it during private writing (0: written in the open).</summary>
    [Id(7)] public long PrivateFrom { get; set; }

    /// <summary>The version that revealed it, if it was private.</summary>
    [Id(8)] public long? RevealedAt { get; set; }

    /// <summary>Revealed without its author's name.</summary>
    [Id(9)] public bool Anonymous { get; set; }

    /// <summary>The cluster it is in, if any.</summary>
    [Id(10)] public string? ClusterId { get; set; }

    /// <summary>The version of the last change to the card itself (added, edited, moved, deleted, restored, clustered).</summary>
    [Id(11)] public long ChangedAt { get; set; }

    /// <summary>What the card became (experiments, actions, evidence), oldest first.</summary>
    [Id(12)] public List<CardOutcome> Outcomes { get; set; } = [];

    public bool Private => PrivateFrom > 0 && RevealedAt is null;

    /// <summary>Whether a change at this version was about the card while it was still private.</summary>
    public bool PrivateAt(long version) => PrivateFrom > 0 && version >= PrivateFrom && (RevealedAt is null || version < RevealedAt);

    public bool VisibleTo(string? personId) => !Private || Author.Id == personId;
}

[GenerateSerializer, Alias("convening.vote-state")]
public sealed class VoteState
{
    [Id(0)] public int VotesPerPerson { get; set; }
    [Id(1)] public DateTimeOffset? ClosesAt { get; set; }
    /// <summary>Person id → the cards they put a dot on (a card may appear more than once).</summary>
    [Id(2)] public Dictionary<string, List<string>> Ballots { get; set; } = [];

    public void Refund(string cardId)
    {
        foreach (var ballot in Ballots.Values)
            ballot.RemoveAll(c => c == cardId);
    }

    public Dictionary<string, int> Tally() =>
        Ballots.Values.SelectMany(b => b).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
}

/// <summary>A person's last change to a card, and the command that undoes it.</summary>
[GenerateSerializer, Alias("convening.board-undo-state")]
public sealed class UndoState
{
    [Id(0)] public long Version { get; set; }
    [Id(1)] public BoardCommand Inverse { get; set; } = new Undo();

    /// <summary>When the change made the card something elsewhere (decision 0049): what it became, which undo cannot take back.</summary>
    [Id(2)] public CardOutcome? Promoted { get; set; }

    [Id(3)] public string? PromotedCardId { get; set; }

    public string CardId => Inverse switch
    {
        DeleteCard c => c.CardId,
        EditCard c => c.CardId,
        MoveCard c => c.CardId,
        RestoreCard c => c.CardId,
        ClusterCard c => c.CardId,
        _ => PromotedCardId ?? "",
    };
}
