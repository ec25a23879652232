using Convening.Contracts.Boards;

namespace Convening.Grains.Boards;

public sealed partial class BoardGrain
{
    private BoardView View(string caller, bool canFacilitate, bool canEdit, int perLane = int.MaxValue, string? expandLaneId = null, int expandTo = 0)
    {
        // Private cards are not in the lanes' order: their author sees them at the bottom, nobody else at all.
        var mine = _state.Cards.Values.Where(c => c.Private && c.Author.Id == caller).OrderBy(c => c.PrivateFrom).ToList();
        var lanes = _state.Lanes.Select(l => new Lane(l.Id, l.Title,
            [.. l.CardIds.Take(l.Id == expandLaneId ? Math.Max(perLane, expandTo) : perLane).Select(id => Card(_state.Cards[id], caller)),
             .. mine.Where(c => c.LaneId == l.Id).Select(c => Card(c, caller))])
        { Total = l.CardIds.Count }).ToList();
        var vote = _state.Vote is { } v
            ? new BoardVote(v.VotesPerPerson, v.ClosesAt, true, MyVotes(v, caller), null)
            : _state.LastResults is { } results ? new BoardVote(0, null, false, new Dictionary<string, int>(), results) : null;
        return new BoardView(Key, _state.GroupId, _state.Title, _state.Version, lanes, _state.Locked, vote, _state.TimerEndsAt,
            _state.FocusLaneId, [.. _present.Values], canEdit, canFacilitate, [.. _state.FacilitatorIds])
        {
            FocusCardId = _state.FocusCardId,
            PrivateWriting = _state.PrivateWriting,
            HiddenCards = _state.Cards.Values.Count(c => c.Private && c.Author.Id != caller),
            Clusters = [.. _state.Clusters],
            Context = Context(),
        };
    }

    private static readonly BoardPerson Nobody = new("", BoardLimits.Anonymous);

    /// <summary>A card as a viewer sees it: revealed without names, its author (and their comments) unnamed to all but them.</summary>
    private Card Card(CardState c, string? viewerId, bool? anonymous = null)
    {
        var hide = (anonymous ?? c.Anonymous) && c.Author.Id != viewerId;
        var comments = hide ? c.Comments.Select(m => m.Author.Id == c.Author.Id ? m with { Author = Nobody } : m) : c.Comments;
        return new(c.Id, c.Text, c.Colour, hide ? Nobody : c.Author, c.CreatedAt, [.. comments], _state.LastResults?.GetValueOrDefault(c.Id)) { Private = c.Private, ClusterId = c.ClusterId, Outcomes = [.. c.Outcomes] };
    }

    private static Dictionary<string, int> MyVotes(VoteState vote, string caller) =>
        vote.Ballots.TryGetValue(caller, out var mine) ? mine.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count()) : [];

    /// <summary>
    /// For catching up: what was said on a card that is now deleted is returned to no one, so the
    /// events about it replay without text and the deletion removes an empty card.
    /// </summary>
    private BoardChange WithoutDeletedText(BoardChange change) => change.Event switch
    {
        CardAdded e when Gone(e.CardId) => change with { Event = e with { Text = "" } },
        CardEdited e when Gone(e.CardId) => change with { Event = e with { Text = "" } },
        CommentAdded e when Gone(e.CardId) => change with { Event = e with { Text = "" } },
        CardRestored e when Gone(e.CardId) => change with { Event = e with { Text = "", Comments = [] } },
        _ => change,
    };

    private bool Gone(string cardId) => !_state.Cards.ContainsKey(cardId);

    /// <summary>
    /// A change as one viewer may see it (null: anyone but the actor). While a vote is open, nobody but
    /// the voter learns which card a dot went on; a change to a card still private at the time reaches
    /// everyone but its author as <see cref="PrivateWork"/>, with no card, text or name; an anonymous
    /// reveal names to each author only their own cards.
    /// </summary>
    private BoardChange Redact(BoardChange change, string? viewerId)
    {
        if (change.Actor.Id == viewerId && change.Event is not CardsRevealed)
            return change;
        if (CardOf(change.Event) is { } cardId && _state.AnyCard(cardId) is { } card && card.PrivateAt(change.Version) && card.Author.Id != viewerId)
            return new BoardChange(change.Version, change.At, Nobody with { Name = "Someone" }, new PrivateWork(_state.Cards.Values.Count(c => c.Private)));
        return change.Event switch
        {
            VoteCast => change with { Event = new VoteCast(null) },
            VoteRetracted => change with { Event = new VoteRetracted(null) },
            CardsRevealed { Anonymous: true } e when viewerId is not null => change with
            {
                Event = e with { Cards = [.. e.Cards.Select(r => _state.AnyCard(r.Card.Id) is { } c && c.Author.Id == viewerId ? r with { Card = r.Card with { Author = c.Author } } : r)] },
            },
            _ => change,
        };
    }

    /// <summary>
    /// A change as sent to a watcher: a move carries the card (as the viewer may see it) so a browser
    /// that had not loaded it can show it where it lands (decision 0038).
    /// </summary>
    private BoardChange Sent(BoardChange change, string? viewerId) =>
        change.Event is CardMoved m && _state.Cards.TryGetValue(m.CardId, out var card) && (!card.Private || card.Author.Id == viewerId)
            ? change with { Event = m with { Card = Card(card, viewerId) } }
            : change;

    /// <summary>Each lane's number of cards everyone can see, to find which a change altered.</summary>
    private Dictionary<string, int> LaneCounts() => _state.Lanes.ToDictionary(l => l.Id, l => l.CardIds.Count);

    private Dictionary<string, int>? CountsChanged(Dictionary<string, int> before)
    {
        var changed = _state.Lanes.Where(l => before.GetValueOrDefault(l.Id, -1) != l.CardIds.Count).ToDictionary(l => l.Id, l => l.CardIds.Count);
        return changed.Count > 0 ? changed : null;
    }

    private static string? CardOf(BoardEvent e) => e switch
    {
        CardAdded c => c.CardId,
        CardEdited c => c.CardId,
        CardMoved c => c.CardId,
        CardDeleted c => c.CardId,
        CardRestored c => c.CardId,
        CommentAdded c => c.CardId,
        VoteCast c => c.CardId,
        VoteRetracted c => c.CardId,
        CardClustered c => c.CardId,
        CardPromoted c => c.CardId,
        _ => null,
    };
}
