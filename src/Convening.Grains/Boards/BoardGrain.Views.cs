using Convening.Contracts.Boards;

namespace Convening.Grains.Boards;

public sealed partial class BoardGrain
{
    private readonly Dictionary<string, PresentPerson> _present = [];
    private readonly Dictionary<string, int> _connections = [];

    private BoardView View(string caller, bool canFacilitate, bool canEdit)
    {
        var lanes = _state.Lanes.Select(l => new Lane(l.Id, l.Title, [.. l.CardIds.Select(id => Card(_state.Cards[id]))])).ToList();
        var vote = _state.Vote is { } v
            ? new BoardVote(v.VotesPerPerson, v.ClosesAt, true, MyVotes(v, caller), null)
            : _state.LastResults is { } results ? new BoardVote(0, null, false, new Dictionary<string, int>(), results) : null;
        return new BoardView(Key, _state.GroupId, _state.Title, _state.Version, lanes, _state.Locked, vote, _state.TimerEndsAt,
            _state.FocusLaneId, [.. _present.Values], canEdit, canFacilitate, [.. _state.FacilitatorIds]);
    }

    private Card Card(CardState c) =>
        new(c.Id, c.Text, c.Colour, c.Author, c.CreatedAt, [.. c.Comments], _state.LastResults?.GetValueOrDefault(c.Id));

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

    /// <summary>While a vote is open, nobody but the voter learns which card a dot went on.</summary>
    private static BoardChange Redact(BoardChange change, string? viewerId) =>
        change.Actor.Id == viewerId ? change : change.Event switch
        {
            VoteCast => change with { Event = new VoteCast(null) },
            VoteRetracted => change with { Event = new VoteRetracted(null) },
            _ => change,
        };
}
