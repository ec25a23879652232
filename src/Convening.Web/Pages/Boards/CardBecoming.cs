using Convening.Contracts.Boards;

namespace Convening.Web.Pages.Boards;

/// <summary>What a card on this board can become, as the card's menu offers it (decision 0041); board.mjs offers the same.</summary>
public static class CardBecoming
{
    public static IEnumerable<(string Kind, string Label)> Offers(BoardView board, Card card)
    {
        if (card.Private || !board.CanEdit)
            yield break;
        if (board.Context?.Kind == BoardContextKind.Cycle && !card.Outcomes.Any(o => o.Kind == CardOutcomeKind.Experiment))
            yield return ("experiment", "Make this an experiment");
        if (board.Context?.Kind == BoardContextKind.Gathering && !card.Outcomes.Any(o => o.Kind == CardOutcomeKind.Action))
            yield return ("action", "Make this an action");
        yield return ("evidence", "Use as evidence");
    }
}
