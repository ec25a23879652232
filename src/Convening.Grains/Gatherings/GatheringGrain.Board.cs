using Convening.Contracts;
using Convening.Contracts.Boards;
using Convening.Contracts.Gatherings;

namespace Convening.Grains.Gatherings;

/// <summary>A gathering's live board, opened when the group wants to work on cards together.</summary>
public sealed partial class GatheringGrain
{
    private const string BoardOpening = "gathering-board";
    private static readonly IReadOnlyList<string> BoardLanes = ["What we heard", "What we could try", "What we'll do"];

    public async Task<GatheringView> OpenBoard(string? callerId)
    {
        var (caller, role) = await Contributor(callerId);
        EnsureOpen();
        if (S.BoardId is not null)
            return await View(caller, role);
        // The board is opened (and durable) before the gathering records it, so the link never points nowhere.
        // Its id comes from the gathering's and its request id is fixed, so a retry after the gathering's
        // write failed finds the board the first attempt opened rather than opening a second.
        var boardId = "board-" + RequestIds.NewId(Id, BoardOpening);
        await GrainFactory.GetGrain<IBoardGrain>(boardId).Open(new OpenBoard(S.GroupId, S.Details.Title, BoardLanes) { RequestId = BoardOpening, Context = new BoardContext(BoardContextKind.Gathering, Id) }, caller);
        S.BoardId = boardId;
        return await Save(caller, role);
    }
}
