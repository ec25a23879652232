using Convening.Contracts.Boards;

namespace Convening.Web.Hubs;

/// <summary>What a board watcher's browser (or API client) is sent.</summary>
public interface IBoardClient
{
    /// <summary>A change, with its version; apply those after the last version seen, in order.</summary>
    Task Changed(string boardId, BoardChange change);

    /// <summary>Who is on the board now, and where.</summary>
    Task Presence(string boardId, IReadOnlyList<PresentPerson> present);

    /// <summary>The person is no longer in the board's group: nothing more will be sent for this board.</summary>
    Task AccessEnded(string boardId);
}

/// <summary>
/// The answer to joining a board. A new watcher (lastVersion 0) gets the whole board; a watcher
/// coming back gets exactly the changes after the version it last saw. Live changes can arrive
/// while this is on its way: apply only versions above the highest already applied.
/// </summary>
public sealed record BoardJoined(BoardView? Board, IReadOnlyList<BoardChange> Missed, long Version);
