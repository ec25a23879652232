using Convening.Contracts.Boards;

namespace Convening.Grains.Boards;

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
