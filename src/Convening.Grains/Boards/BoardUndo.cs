using Convening.Contracts.Boards;

namespace Convening.Grains.Boards;

/// <summary>
/// Each person's one undo: before a change to a card is applied, what would undo it, worked out from
/// the card as it is now. A change that was itself an undo leaves nothing to undo; a card that became
/// something elsewhere leaves only what it became, which undo cannot take back (decision 0049).
/// </summary>
internal static class BoardUndo
{
    public static void Remember(BoardState state, BoardChange change)
    {
        if (change.Undoes is not null)
        {
            state.LastChanges.Remove(change.Actor.Id);
            return;
        }
        if (change.Event is CardPromoted promoted)
        {
            state.LastChanges[change.Actor.Id] = new UndoState { Version = change.Version, PromotedCardId = promoted.CardId, Promoted = promoted.Outcome };
            return;
        }
        if (Inverse(state, change.Event) is { } inverse)
            state.LastChanges[change.Actor.Id] = new UndoState { Version = change.Version, Inverse = inverse };
    }

    private static BoardCommand? Inverse(BoardState state, BoardEvent change) => change switch
    {
        CardAdded e => new DeleteCard(e.CardId),
        CardEdited e => new EditCard(e.CardId, state.Cards[e.CardId].Text, state.Cards[e.CardId].Colour),
        CardMoved e => new MoveCard(e.CardId, state.Cards[e.CardId].LaneId, state.Position(state.Cards[e.CardId])),
        CardDeleted e => new RestoreCard(e.CardId),
        CardRestored e => new DeleteCard(e.CardId),
        CardClustered e => new ClusterCard(e.CardId, state.Cards[e.CardId].ClusterId),
        _ => null,
    };
}
