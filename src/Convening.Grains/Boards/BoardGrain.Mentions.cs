using Convening.Contracts.Boards;
using Convening.Grains.Notifications;

namespace Convening.Grains.Boards;

/// <summary>
/// A card or comment that names a member (<c>@name</c>) tells them, after the change is durable. A
/// card written privately tells nobody: its author has not shown it to the group yet.
/// </summary>
public sealed partial class BoardGrain
{
    private Task TellMentioned(BoardEvent decided, BoardPerson actor)
    {
        var (cardId, text) = decided switch
        {
            CardAdded { Private: false } c => (c.CardId, c.Text),
            CardEdited c when _state.Cards.GetValueOrDefault(c.CardId) is { Private: false, Anonymous: false } => (c.CardId, c.Text),
            CommentAdded c => (c.CardId, c.Text),
            _ => ("", ""),
        };
        if (text.Length == 0 || !text.Contains('@', StringComparison.Ordinal))
            return Task.CompletedTask;
        var (board, title, group) = (Key, _state.Title, _state.GroupId);
        return this.Run(logger, "telling the people mentioned", () =>
            Mentions.Tell(GrainFactory, group, text, actor.Id, person => Mentions.OnBoard(board, title, cardId, group, actor.Name, person)));
    }
}
