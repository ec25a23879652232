using Convening.Contracts;
using Convening.Contracts.Boards;
using Convening.Contracts.Groups;

namespace Convening.Grains.Boards;

/// <summary>
/// What a command does to a board, decided against the board as it is now and nothing else (no
/// storage, no other grain), like <c>XmrChart</c>: the grain gathers who is asking and in what role,
/// asks, then appends the event it is given. A refusal is a <see cref="ConveningException"/> with a
/// stable code. One instance decides one command.
/// </summary>
/// <param name="state">The board; only read.</param>
/// <param name="now">The time of the decision (timers, votes' closing times).</param>
/// <param name="revealed">A card as everyone is shown it at a reveal, with or without its author's name.</param>
internal sealed class BoardDecisions(BoardState state, DateTimeOffset now, Func<CardState, bool, Card> revealed)
{
    private readonly BoardState _state = state;

    /// <summary>The person whose command is being decided, for what they may see (private cards).</summary>
    private string? _deciding;

    /// <summary>Checks a command against the board and the person's role, and says what happens.</summary>
    public BoardEvent Decide(BoardCommand command, BoardPerson actor, GroupRole role, bool facilitator, bool facilitatorAway = false)
    {
        _deciding = actor.Id;
        AccessPolicy.Contributor(role);
        if (_state.Locked && !facilitator)
            throw ConveningException.Conflict("board.locked", "The facilitator has locked the board for now.");
        return command switch
        {
            AddCard c => AddCard(c, actor),
            EditCard c => new CardEdited(Changeable(FindCard(c.CardId), actor, facilitator).Id, CardText(c.Text), Colour(c.Colour ?? FindCard(c.CardId).Colour)),
            MoveCard c => new CardMoved(FindCard(c.CardId).Id, FindLane(c.LaneId).Id, Math.Max(0, c.Position)),
            DeleteCard c => new CardDeleted(Changeable(FindCard(c.CardId), actor, facilitator).Id),
            RestoreCard c => Restore(c, actor, facilitator),
            AddComment c => FindCard(c.CardId).Comments.Count >= BoardLimits.CommentsPerCard
                ? throw new ConveningException("board.too-many-comments", $"A card can have at most {BoardLimits.CommentsPerCard} comments.")
                : new CommentAdded(c.CardId, NewId(), Check.Multiline(c.Text, "comment", BoardLimits.CommentText)),
            CastVote c => Cast(c, actor),
            RetractVote c => Retract(c, actor),
            AddCluster c => _state.Clusters.Count >= BoardLimits.Clusters
                ? throw new ConveningException("board.too-many-clusters", $"A board can have at most {BoardLimits.Clusters} clusters.")
                : new ClusterAdded(NewId(), ClusterTitle(c.Title)),
            RenameCluster c => new ClusterRenamed(FindCluster(c.ClusterId).Id, ClusterTitle(c.Title)),
            RemoveCluster c => new ClusterRemoved(FindCluster(c.ClusterId).Id),
            ClusterCard c => new CardClustered(FindCard(c.CardId).Id, c.ClusterId is null ? null : FindCluster(c.ClusterId).Id),
            Undo => UndoLast(actor, role, facilitator),
            RevealCards c when facilitator || facilitatorAway => Reveal(c),
            _ when !facilitator => throw ConveningException.Forbidden("board.facilitator-only", "Only the facilitator can do that."),
            StartPrivateWriting => _state.PrivateWriting
                ? throw ConveningException.Conflict("board.private-writing-on", "Private writing has already started.")
                : new PrivateWritingStarted(),
            AddLane c => _state.Lanes.Count >= BoardLimits.Lanes
                ? throw new ConveningException("board.too-many-lanes", $"A board can have at most {BoardLimits.Lanes} lanes.")
                : new LaneAdded(NewId(), Check.Text(c.Title, "lane-title", BoardLimits.LaneTitle)),
            ApplyTemplate c => Template(c),
            RenameLane c => new LaneRenamed(FindLane(c.LaneId).Id, Check.Text(c.Title, "lane-title", BoardLimits.LaneTitle)),
            RemoveLane c => FindLane(c.LaneId).CardIds.Count > 0 || _state.Cards.Values.Any(card => card.LaneId == c.LaneId)
                ? throw ConveningException.Conflict("board.lane-not-empty", "Move or delete the lane's cards before removing it.")
                : _state.Lanes.Count == 1 ? throw ConveningException.Conflict("board.last-lane", "A board needs at least one lane.") : new LaneRemoved(c.LaneId),
            OpenVote c => OpenVote(c),
            CloseVote => _state.Vote is null ? throw NoVote() : new VoteClosed(_state.Vote.Tally()),
            StartTimer c => c.Seconds is < 1 or > BoardLimits.MaxTimerSeconds
                ? throw new ConveningException("board.bad-timer", "A timer runs for between 1 second and 4 hours.")
                : new TimerStarted(now.AddSeconds(c.Seconds)),
            StopTimer => new TimerStopped(),
            SetLocked c => new LockChanged(c.Locked),
            FocusLane c => Focus(c),
            _ => throw new ConveningException("board.unknown-command", "That is not something a board can do."),
        };
    }

    /// <summary>The template's lanes that the board does not have yet (by title), within the limit on lanes.</summary>
    private TemplateApplied Template(ApplyTemplate c)
    {
        if (!Enum.IsDefined(c.Template))
            throw new ConveningException("board.unknown-template", "Choose one of the board templates.");
        var lanes = BoardTemplates.Lanes(c.Template)
            .Where(title => !_state.Lanes.Exists(l => string.Equals(l.Title.Trim(), title, StringComparison.OrdinalIgnoreCase)))
            .Select(title => new LaneAdded(NewId(), title))
            .ToList();
        if (lanes.Count == 0)
            throw ConveningException.Conflict("board.template-applied", "This board already has every lane of that template.");
        if (_state.Lanes.Count + lanes.Count > BoardLimits.Lanes)
            throw new ConveningException("board.too-many-lanes", $"A board can have at most {BoardLimits.Lanes} lanes; that template would add {lanes.Count} to the {_state.Lanes.Count} here. Remove empty lanes first.");
        return new TemplateApplied(c.Template, lanes);
    }

    /// <summary>To a card, the lane is the card's own (whatever lane was sent); to nothing, everyone is released.</summary>
    private LaneFocused Focus(FocusLane c) =>
        c.CardId is not null ? new LaneFocused(FindCard(c.CardId).LaneId, c.CardId)
        : new LaneFocused(c.LaneId is null ? null : FindLane(c.LaneId).Id);

    private CardAdded AddCard(AddCard c, BoardPerson actor)
    {
        if (_state.Cards.Count >= BoardLimits.Cards)
            throw new ConveningException("board.full", $"A board can hold at most {BoardLimits.Cards} cards.");
        _ = actor;
        return new CardAdded(NewId(), FindLane(c.LaneId).Id, CardText(c.Text), Colour(c.Colour)) { Private = _state.PrivateWriting };
    }

    /// <summary>Someone else's card is changed or deleted only by its author or a facilitator.</summary>
    private static CardState Changeable(CardState card, BoardPerson actor, bool facilitator) =>
        AccessPolicy.MayChangeCard(card.Author.Id, actor.Id, facilitator)
            ? card
            : throw ConveningException.Forbidden("board.not-your-card", "Only the card's author or the facilitator can change or delete it.");

    private CardRestored Restore(RestoreCard c, BoardPerson actor, bool facilitator)
    {
        var card = _state.DeletedCards.FindLast(d => d.Id == c.CardId && d.VisibleTo(actor.Id))
            ?? throw ConveningException.NotFound("board.nothing-to-restore", "That card cannot be brought back: it was not deleted, or was deleted too long ago.");
        Changeable(card, actor, facilitator);
        if (_state.Cards.Count >= BoardLimits.Cards)
            throw new ConveningException("board.full", $"A board can hold at most {BoardLimits.Cards} cards.");
        var lane = _state.Lane(card.LaneId) ?? _state.Lanes[0];
        return new CardRestored(card.Id, lane.Id, card.Text, card.Colour, card.Author, card.CreatedAt, [.. card.Comments])
        {
            Private = card.Private && _state.PrivateWriting,
            ClusterId = card.ClusterId is { } k && _state.Clusters.Exists(c => c.Id == k) ? k : null,
        };
    }

    /// <summary>
    /// The opposite of the person's last change to a card, decided like any other command (so a lock
    /// or a lost standing refuses it too); refused if anyone else has changed the card since.
    /// </summary>
    private BoardEvent UndoLast(BoardPerson actor, GroupRole role, bool facilitator)
    {
        var last = _state.LastChanges.GetValueOrDefault(actor.Id)
            ?? throw ConveningException.NotFound("board.nothing-to-undo", "You have no change to a card left to undo.");
        if (last.Promoted is { } outcome)
            throw ConveningException.Conflict("board.undo-promotion",
                $"Your last change made a card {Became(outcome.Kind)} ({outcome.Title}). Undo cannot take that back, as others may already be working on it: change it where it is now.");
        if (_state.AnyCard(last.CardId) is not { } card || card.ChangedAt != last.Version)
            throw ConveningException.Conflict("board.undo-conflict", "Someone else has changed that card since your change, so it was not undone.");
        return Decide(last.Inverse, actor, role, facilitator);
    }

    /// <summary>Every private card, oldest first, to the bottom of its lane; names left off when asked.</summary>
    private CardsRevealed Reveal(RevealCards c)
    {
        if (!_state.PrivateWriting)
            throw ConveningException.Conflict("board.no-private-writing", "Private writing is not on, so there is nothing to reveal.");
        var cards = _state.Cards.Values.Where(card => card.Private).OrderBy(card => card.PrivateFrom)
            .Select(card => new RevealedCard(card.LaneId, revealed(card, c.Anonymous)))
            .ToList();
        return new CardsRevealed(c.Anonymous, cards);
    }

    private VoteOpened OpenVote(OpenVote c)
    {
        if (_state.Vote is not null)
            throw ConveningException.Conflict("board.vote-open", "A vote is already open. Close it first.");
        if (c.VotesPerPerson is < 1 or > BoardLimits.MaxVotesPerPerson)
            throw new ConveningException("board.bad-votes", $"Give each person between 1 and {BoardLimits.MaxVotesPerPerson} votes.");
        if (c.Seconds is < 1 or > BoardLimits.MaxTimerSeconds)
            throw new ConveningException("board.bad-timer", "A vote's timer runs for between 1 second and 4 hours.");
        return new VoteOpened(c.VotesPerPerson, c.Seconds is { } s ? now.AddSeconds(s) : null);
    }

    private VoteCast Cast(CastVote c, BoardPerson actor)
    {
        var vote = OpenVoteOrThrow();
        if (FindCard(c.CardId).Private)
            throw ConveningException.Conflict("board.card-private", "A card still private cannot be voted on until it is revealed.");
        if (vote.Ballots.TryGetValue(actor.Id, out var ballot) && ballot.Count >= vote.VotesPerPerson)
            throw ConveningException.Conflict("board.no-votes-left", $"You have used all {vote.VotesPerPerson} of your votes.");
        return new VoteCast(c.CardId);
    }

    private VoteRetracted Retract(RetractVote c, BoardPerson actor)
    {
        var vote = OpenVoteOrThrow();
        if (!vote.Ballots.TryGetValue(actor.Id, out var ballot) || !ballot.Contains(c.CardId))
            throw ConveningException.NotFound("board.no-such-vote", "You have not voted for that card.");
        return new VoteRetracted(c.CardId);
    }

    private VoteState OpenVoteOrThrow()
    {
        if (_state.Vote is { } vote && (vote.ClosesAt is null || vote.ClosesAt > now))
            return vote;
        throw NoVote();
    }

    /// <summary>A card the person deciding may see: someone else's private card is, to them, not there.</summary>
    private CardState FindCard(string? cardId) =>
        _state.Cards.TryGetValue(cardId ?? "", out var card) && card.VisibleTo(_deciding)
            ? card
            : throw ConveningException.NotFound("board.card-not-found", "That card is not on the board any more; someone may have deleted it.");

    private LaneState FindLane(string? laneId) =>
        _state.Lane(laneId ?? "") ?? throw ConveningException.NotFound("board.lane-not-found", "That lane is not on the board any more.");

    private Cluster FindCluster(string? clusterId) =>
        _state.Clusters.Find(k => k.Id == clusterId) ?? throw ConveningException.NotFound("board.cluster-not-found", "That cluster is not on the board any more; someone may have removed it.");

    private static string ClusterTitle(string? title) => Check.Text(title, "cluster-title", BoardLimits.ClusterTitle);

    private static string CardText(string? text) => Check.Multiline(text, "card", BoardLimits.CardText);

    private static string Colour(string? colour) =>
        colour is null ? BoardLimits.Colours[0]
        : BoardLimits.Colours.Contains(colour) ? colour
        : throw new ConveningException("board.bad-colour", $"A card's colour is one of {string.Join(", ", BoardLimits.Colours)}.");

    private static ConveningException NoVote() => ConveningException.Conflict("board.no-vote", "There is no open vote.");

    /// <summary>What a card became, in words ("an experiment").</summary>
    public static string Became(CardOutcomeKind kind) => kind switch
    {
        CardOutcomeKind.Experiment => "an experiment",
        CardOutcomeKind.Action => "an action",
        _ => "evidence for a principle",
    };

    /// <summary>A new id for a card, lane, comment or cluster.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N")[..12];
}
