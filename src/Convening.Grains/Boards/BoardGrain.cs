using Convening.Contracts;
using Convening.Contracts.Boards;
using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Contracts.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Utilities;

namespace Convening.Grains.Boards;

/// <summary>
/// The single writer of one board. A change is decided against the current state, appended to the
/// event log (durable), applied, and only then returned and broadcast. State is rebuilt on
/// activation from the newest snapshot plus the events after it.
/// </summary>
public sealed partial class BoardGrain(
    [FromKeyedServices(StorageNames.Main)] IEventLog log,
    Serializer serializer,
    IOptions<BoardOptions> options,
    GrainClock clock,
    ILogger<BoardGrain> logger) : Grain, IBoardGrain
{
    // Every field of the grain is here; the partial files hold only methods, grouped by what they do.
    private readonly ObserverManager<IBoardObserver> _observers = new(BoardLimits.ObserverLifetime, logger);
    private readonly Dictionary<string, string> _names = [];
    private BoardState _state = new();
    private long _snapshotVersion;

    /// <summary>Who is on the board now (with where they are working), and how many connections each has.</summary>
    private readonly Dictionary<string, PresentPerson> _present = [];
    private readonly Dictionary<string, int> _connections = [];

    /// <summary>Each person's token bucket for <see cref="Throttle"/>.</summary>
    private readonly Dictionary<string, (double Tokens, DateTimeOffset At)> _buckets = [];
    private IGrainTimer? _voteTimer;

    /// <summary>The longest wait before trying a failed snapshot again.</summary>
    private static readonly TimeSpan MaxSnapshotBackOff = TimeSpan.FromMinutes(5);
    private int _snapshotFailures;
    private long _snapshotRetryAt;

    /// <summary>Boards of cycles opened before the board recorded its context are known by this id prefix.</summary>
    private const string CyclePrefix = "cycle-";

    private string Key => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (await log.ReadSnapshot(Key) is { } snapshot)
            (_state, _snapshotVersion) = (serializer.Deserialize<BoardState>(snapshot.Data)!, snapshot.Version);
        while (true)
        {
            var events = await log.Read(Key, _state.Version, BoardLimits.CatchUpPage);
            foreach (var e in events)
                _state.Apply(serializer.Deserialize<BoardChange>(e.Data)!);
            if (events.Count < BoardLimits.CatchUpPage)
                break;
        }
        ScheduleVoteClose();
    }

    public async Task<BoardView> Open(OpenBoard command, string? callerId)
    {
        var caller = Caller.Required(callerId);
        var requestId = RequestId(command.RequestId);
        if (_state.Exists && _state.VersionFor(caller, requestId) is not null)
            return await Get(caller);
        if (_state.Exists)
            throw ConveningException.Conflict("board.exists", "This board is already open.");
        CheckKey();
        AccessPolicy.Contributor(await GrainFactory.GetGrain<IGroupGrain>(command.GroupId ?? "").RoleOf(caller));
        var title = Check.Text(command.Title, "title", Limits.NameLength);
        var lanes = (command.Lanes is { Count: > 0 } given ? given : BoardLimits.DefaultLanes)
            .Select(t => new LaneAdded(NewId(), Check.Text(t, "lane-title", BoardLimits.LaneTitle)))
            .Take(BoardLimits.Lanes)
            .ToList();
        await Commit(await Person(caller), new BoardOpened(command.GroupId!, title, lanes) { Context = command.Context }, requestId);
        return await Get(caller);
    }

    public async Task<BoardView> Get(string? callerId)
    {
        var (caller, role) = await Authorize(callerId);
        return View(caller, CanFacilitate(caller, role), role != GroupRole.Observer);
    }

    public async Task<BoardView> GetPage(string? callerId, int perLane, string? expandLaneId = null, int expandTo = 0)
    {
        var (caller, role) = await Authorize(callerId);
        if (perLane is < 1 or > BoardLimits.MaxLanePage)
            throw new ConveningException("board.bad-page", $"Ask for between 1 and {BoardLimits.MaxLanePage} cards of each lane.");
        return View(caller, CanFacilitate(caller, role), role != GroupRole.Observer, perLane, expandLaneId, Math.Clamp(expandTo, 0, BoardLimits.Cards));
    }

    public async Task<LanePage> LaneCards(string? callerId, string laneId, int from, int count)
    {
        var (caller, _) = await Authorize(callerId);
        var lane = _state.Lane(laneId ?? "") ?? throw ConveningException.NotFound("board.lane-not-found", "That lane is no longer on the board.");
        if (from < 0 || count < 1 || count > BoardLimits.MaxLanePage)
            throw new ConveningException("board.bad-page", $"Ask for between 1 and {BoardLimits.MaxLanePage} cards from position 0 or later.");
        var cards = lane.CardIds.Skip(from).Take(count).Select(id => Card(_state.Cards[id], caller)).ToList();
        return new LanePage(lane.Id, from, cards, lane.CardIds.Count, _state.Version);
    }

    public async Task<BoardChange> Apply(BoardCommand command, string? callerId)
    {
        var (caller, role) = await Authorize(callerId);
        var requestId = RequestId(command.RequestId);
        if (_state.VersionFor(caller, requestId) is { } done)
            return await Retried(done, caller);
        Throttle(caller);
        var actor = await Person(caller);
        var decisions = new BoardDecisions(_state, clock.UtcNow, (card, anonymous) => Card(card, viewerId: null, anonymous));
        var decided = decisions.Decide(command, actor, role, CanFacilitate(actor.Id, role), command is RevealCards && !await AnyFacilitatorPresent());
        var change = await Commit(actor, decided, requestId, command is Undo ? _state.LastChanges[caller].Version : null);
        await TellMentioned(decided, actor);
        return change;
    }

    public async Task<IReadOnlyList<BoardChange>> ChangesSince(long version, string? callerId)
    {
        var (caller, _) = await Authorize(callerId);
        if (version < 0 || version > _state.Version)
            throw new ConveningException("board.bad-version", $"This board is at version {_state.Version}; ask for changes after a version up to that.");
        var events = await log.Read(Key, version, BoardLimits.CatchUpPage);
        var changes = events.Select(e => Sent(WithoutDeletedText(Redact(serializer.Deserialize<BoardChange>(e.Data)!, caller)), caller)).ToList();
        // The counts now, on the newest change: a browser that has caught up has every lane's count right.
        if (changes.Count > 0 && changes[^1].Version == _state.Version)
            changes[^1] = changes[^1] with { LaneCounts = LaneCounts() };
        return changes;
    }

    public Task Watch(IBoardObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unwatch(IBoardObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Appends, applies, tells every watching host, and snapshots now and then. Once the append
    /// returns the change is durable, so it is acknowledged and broadcast whatever happens after:
    /// the snapshot is only an optimisation, and its failure is logged and tried again later.
    /// </summary>
    private async Task<BoardChange> Commit(BoardPerson actor, BoardEvent decided, string? requestId = null, long? undoes = null)
    {
        var change = new BoardChange(_state.Version + 1, clock.UtcNow, actor, decided) { RequestId = requestId, Undoes = undoes };
        try
        {
            await log.Append(Key, _state.Version, serializer.SerializeToArray(change));
        }
        catch (EventLogConflictException)
        {
            // Another activation wrote first (a silo handover); this one is stale.
            DeactivateOnIdle();
            throw ConveningException.Conflict("board.conflict", "The board changed at the same moment. Please try again.");
        }
        var countsBefore = LaneCounts();
        _state.Apply(change);
        ConveningMetrics.BoardChanges.Add(1);
        var counts = CountsChanged(countsBefore);
        var others = Sent(Redact(change, viewerId: null), viewerId: null) with { RequestId = null, LaneCounts = counts };
        var own = Sent(Redact(change, actor.Id), actor.Id) with { LaneCounts = counts };
        if (own == others)
            await _observers.Notify(o => o.Changed(Key, others));
        else
            await _observers.Notify(o => o.ChangedFor(Key, actor.Id, own, others));
        if (decided is VoteOpened)
            ScheduleVoteClose();
        if (decided is PrivateWritingStarted)
            await HideWhereEveryoneIs();
        await SnapshotIfDue();
        return change;
    }

    /// <summary>The change a retried request already made, as the caller may see it.</summary>
    private async Task<BoardChange> Retried(long version, string caller)
    {
        var logged = await log.Read(Key, version - 1, 1);
        return Redact(serializer.Deserialize<BoardChange>(logged[0].Data)!, caller);
    }

    /// <summary>Whether anyone who can facilitate is on the board now; if not, anyone taking part may reveal private cards.</summary>
    private async Task<bool> AnyFacilitatorPresent()
    {
        foreach (var id in _present.Keys)
            if (CanFacilitate(id, await GrainFactory.GetGrain<IGroupGrain>(_state.GroupId).RoleOf(id) ?? GroupRole.Observer))
                return true;
        return false;
    }

    private static string? RequestId(string? requestId) => RequestIds.Check(requestId);

    private async Task<(string Caller, GroupRole Role)> Authorize(string? callerId)
    {
        var caller = Caller.Required(callerId);
        if (!_state.Exists)
            throw ConveningException.NotFound("board.not-found", "There is no such board.");
        var role = await GrainFactory.GetGrain<IGroupGrain>(_state.GroupId).RoleOf(caller);
        return (caller, AccessPolicy.Member(role));
    }

    private async Task<BoardPerson> Person(string personId)
    {
        if (!_names.TryGetValue(personId, out var name))
            _names[personId] = name = (await GrainFactory.GetGrain<IPersonGrain>(personId).GetCard()).DisplayName;
        return new BoardPerson(personId, name);
    }

    private void CheckKey()
    {
        if (Key.Length is 0 or > 80 || !Key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw new ConveningException("board.bad-id", "A board id uses letters, digits, '-' and '_' only.");
    }

    private static string NewId() => BoardDecisions.NewId();

    private bool CanFacilitate(string personId, GroupRole role) =>
        AccessPolicy.CanFacilitate(role, _state.FacilitatorIds.Contains(personId));
}
