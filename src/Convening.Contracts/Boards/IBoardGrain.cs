using Orleans.Concurrency;

namespace Convening.Contracts.Boards;

/// <summary>
/// A live board for a learning cycle or gathering: lanes of cards that a group works on together,
/// with comments, dot votes, a facilitator's timer and controls. Every change is appended to the
/// board's event log with the next version before it is acknowledged or broadcast, so watchers can
/// catch up exactly from the last version they saw.
/// </summary>
public interface IBoardGrain : IGrainWithStringKey
{
    /// <summary>Creates the board for a group; the caller becomes its facilitator.</summary>
    Task<BoardView> Open(OpenBoard command, string? callerId);

    /// <summary>The whole board as the caller may see it; members of the group only.</summary>
    Task<BoardView> Get(string? callerId);

    /// <summary>
    /// The board with only the first <paramref name="perLane"/> cards of each lane (the first
    /// <paramref name="expandTo"/> of lane <paramref name="expandLaneId"/>), each lane's
    /// <see cref="Lane.Total"/>, and all the caller's own private cards: what a browser opens with.
    /// <paramref name="perLane"/> is 1 to <see cref="BoardLimits.MaxLanePage"/>, else <c>board.bad-page</c>.
    /// </summary>
    Task<BoardView> GetPage(string? callerId, int perLane, string? expandLaneId = null, int expandTo = 0);

    /// <summary>
    /// At most <paramref name="count"/> cards of a lane from position <paramref name="from"/>, for "show more":
    /// <paramref name="count"/> 1 to <see cref="BoardLimits.MaxLanePage"/> from 0 or later, else <c>board.bad-page</c>.
    /// </summary>
    Task<LanePage> LaneCards(string? callerId, string laneId, int from, int count);

    /// <summary>Applies one change; returns it with its version (as the caller may see it).</summary>
    Task<BoardChange> Apply(BoardCommand command, string? callerId);

    /// <summary>
    /// Makes a card an experiment, an action or evidence (see <see cref="PromoteCard"/>): the cycle,
    /// gathering or principle makes it, then the board records what the card became, for everyone.
    /// </summary>
    Task<BoardChange> Promote(PromoteCard command, string? callerId);

    /// <summary>
    /// One card as the caller may see it (a member, the card not someone else's private one), for a
    /// principle checking the card it is asked to cite. Interleaved: the board asks while promoting.
    /// </summary>
    [AlwaysInterleave]
    Task<Card> CardFor(string? callerId, string cardId);

    /// <summary>
    /// The changes after <paramref name="version"/>, at most 1,000, for a watcher catching up. Events
    /// about a card that is now deleted carry no text: the deletion is replayed, not what was deleted.
    /// </summary>
    Task<IReadOnlyList<BoardChange>> ChangesSince(long version, string? callerId);

    /// <summary>Subscribes a web host to changes and presence; renew within <see cref="BoardLimits.ObserverLifetime"/>.</summary>
    Task Watch(IBoardObserver observer);

    Task Unwatch(IBoardObserver observer);

    /// <summary>Marks the caller present (or gone) on the board, on one more (or one fewer) connection.</summary>
    Task SetPresence(string? callerId, bool present);

    /// <summary>Which lane the caller is working in, for the others to see; web hosts coalesce these.</summary>
    Task SetWhere(string? callerId, string? laneId);

    /// <summary>Where the caller is and what they are doing ("editing" a card, "writing" a new one), for the others to see.</summary>
    Task SetWorking(string? callerId, BoardWhere where);
}

/// <summary>What a web host hears from a board.</summary>
public interface IBoardObserver : IGrainObserver
{
    [OneWay]
    Task Changed(string boardId, BoardChange change);

    /// <summary>
    /// A change that one person sees differently from everyone else (their own vote, the request id
    /// they sent, a card only they can see yet): <paramref name="own"/> goes to that person's
    /// connections only, <paramref name="others"/> to everyone else watching. Both carry the same version.
    /// </summary>
    [OneWay]
    Task ChangedFor(string boardId, string personId, BoardChange own, BoardChange others);

    [OneWay]
    Task PresenceChanged(string boardId, IReadOnlyList<PresentPerson> present);
}

public static class BoardLimits
{
    public const int CardText = 10_000;
    public const int CommentText = 2_000;
    public const int LaneTitle = 80;
    public const int ClusterTitle = 80;
    public const int Clusters = 50;
    public const int Lanes = 12;
    public const int Cards = 20_000;
    public const int CommentsPerCard = 200;
    /// <summary>How many of the latest deletions can be undone.</summary>
    public const int UndoableDeletions = 200;
    public const int MaxVotesPerPerson = 20;
    public const int MaxTimerSeconds = 4 * 60 * 60;
    public const int CatchUpPage = 1_000;
    /// <summary>How many cards of each lane a browser is sent at first: a screenful or two (decision 0038).</summary>
    public const int LanePage = 20;
    /// <summary>How many more cards of a lane each "show more" brings.</summary>
    public const int MoreCards = 50;
    /// <summary>The most cards one "show more" may ask for.</summary>
    public const int MaxLanePage = 500;
    public const int SnapshotEvery = 200;
    public const int RequestIdLength = RequestIds.Length;
    /// <summary>How many recent request ids a board remembers, so a retry of any of them is recognised.</summary>
    public const int RequestsRemembered = 1_000;
    public const int BurstOperations = 100;
    public const int OperationsPerSecond = 20;
    public static readonly TimeSpan ObserverLifetime = TimeSpan.FromMinutes(2);

    /// <summary>The name shown for the author of a card revealed without names.</summary>
    public const string Anonymous = "Anonymous";

    public static readonly IReadOnlyList<string> DefaultLanes = ["What we notice", "What we'll try", "What we're learning"];

    /// <summary>What presence may say a person is doing.</summary>
    public static readonly IReadOnlyList<string> Activities = ["writing", "editing", "commenting"];

    public static readonly IReadOnlyList<string> Colours = ["yellow", "blue", "green", "pink", "purple", "grey"];
}

[GenerateSerializer, Immutable, Alias("convening.open-board")]
public sealed record OpenBoard(
    [property: Id(0)] string GroupId,
    [property: Id(1)] string Title,
    [property: Id(2)] IReadOnlyList<string>? Lanes = null)
{
    /// <summary>As <see cref="BoardCommand.RequestId"/>: opening again with the same id returns the board already opened.</summary>
    [Id(3)] public string? RequestId { get; init; }

    /// <summary>The learning cycle or gathering opening the board, so its cards can become work there.</summary>
    [Id(4)] public BoardContext? Context { get; init; }
}
