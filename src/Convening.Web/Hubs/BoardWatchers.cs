using Convening.Contracts.Boards;
using Convening.Contracts.Groups;
using Microsoft.AspNetCore.SignalR;

namespace Convening.Web.Hubs;

/// <summary>
/// This web host's subscription to the boards its clients watch: Orleans is the backplane. One
/// observer per host receives each board's changes and fans them out to the board's SignalR group.
/// It also watches the boards' groups, so that a person removed from a group stops receiving its
/// boards at once: the group waits for this host to close their seats before the removal returns.
/// Subscriptions are renewed before the grains forget them, and dropped when the last seat goes.
/// </summary>
public sealed class BoardWatchers(IGrainFactory grains, IHubContext<BoardHub, IBoardClient> hub, ILogger<BoardWatchers> log)
    : IBoardObserver, IGroupObserver, IHostedService
{
    /// <summary>One connection watching one board, as one person, for one group.</summary>
    private sealed record Seat(string ConnectionId, string BoardId, string GroupId, string PersonId);

    private readonly HashSet<Seat> _seats = [];
    private readonly Dictionary<string, int> _boards = [];
    private readonly Dictionary<string, int> _groups = [];
    private IBoardObserver? _boardReference;
    private IGroupObserver? _groupReference;
    private PeriodicTimer? _renewal;

    /// <summary>Seats a connection on a board (once); subscribes to the board and its group if this host was not yet.</summary>
    public async Task Join(string connectionId, string personId, string boardId, string groupId)
    {
        bool firstBoard, firstGroup;
        lock (_seats)
        {
            if (_seats.Any(s => s.ConnectionId == connectionId && s.BoardId == boardId))
                return;
            _seats.Add(new Seat(connectionId, boardId, groupId, personId));
            firstBoard = Count(_boards, boardId, +1) == 1;
            firstGroup = Count(_groups, groupId, +1) == 1;
        }
        if (firstGroup)
            await grains.GetGrain<IGroupGrain>(groupId).Watch(GroupReference());
        if (firstBoard)
            await grains.GetGrain<IBoardGrain>(boardId).Watch(BoardReference());
    }

    /// <summary>Takes the connection's seat on the board away; false if it had none (already removed).</summary>
    public bool Leave(string connectionId, string boardId)
    {
        Seat? seat;
        bool lastBoard = false, lastGroup = false;
        lock (_seats)
        {
            seat = _seats.FirstOrDefault(s => s.ConnectionId == connectionId && s.BoardId == boardId);
            if (seat is not null)
            {
                _seats.Remove(seat);
                lastBoard = Count(_boards, boardId, -1) == 0;
                lastGroup = Count(_groups, seat.GroupId, -1) == 0;
            }
        }
        if (lastBoard)
            _ = grains.GetGrain<IBoardGrain>(boardId).Unwatch(BoardReference());
        if (lastGroup)
            _ = grains.GetGrain<IGroupGrain>(seat!.GroupId).Unwatch(GroupReference());
        return seat is not null;
    }

    public Task Changed(string boardId, BoardChange change) =>
        hub.Clients.Group(BoardHub.GroupName(boardId)).Changed(boardId, change);

    public Task ChangedFor(string boardId, string personId, BoardChange own, BoardChange others)
    {
        List<string> theirs;
        lock (_seats)
            theirs = [.. _seats.Where(s => s.BoardId == boardId && s.PersonId == personId).Select(s => s.ConnectionId)];
        var group = BoardHub.GroupName(boardId);
        return Task.WhenAll(
            hub.Clients.GroupExcept(group, theirs).Changed(boardId, others),
            theirs.Count == 0 ? Task.CompletedTask : hub.Clients.Clients(theirs).Changed(boardId, own));
    }

    public Task PresenceChanged(string boardId, IReadOnlyList<PresentPerson> present) =>
        hub.Clients.Group(BoardHub.GroupName(boardId)).Presence(boardId, present);

    /// <summary>Closes every seat the person has on the group's boards before answering the group.</summary>
    public async Task MemberRemoved(string groupId, string personId)
    {
        List<Seat> gone;
        lock (_seats)
            gone = [.. _seats.Where(s => s.GroupId == groupId && s.PersonId == personId)];
        foreach (var seat in gone)
        {
            await hub.Groups.RemoveFromGroupAsync(seat.ConnectionId, BoardHub.GroupName(seat.BoardId));
            if (Leave(seat.ConnectionId, seat.BoardId))
            {
                await hub.Clients.Client(seat.ConnectionId).AccessEnded(seat.BoardId);
                await grains.GetGrain<IBoardGrain>(seat.BoardId).SetPresence(personId, false);
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _renewal = new PeriodicTimer(BoardLimits.ObserverLifetime / 3);
        _ = Renew();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _renewal?.Dispose();
        return Task.CompletedTask;
    }

    private async Task Renew()
    {
        while (await _renewal!.WaitForNextTickAsync())
        {
            string[] boards, groups;
            lock (_seats)
            {
                boards = [.. _boards.Keys];
                groups = [.. _groups.Keys];
            }
            var renewals = boards.Select(b => (What: "board " + b, Call: (Func<Task>)(() => grains.GetGrain<IBoardGrain>(b).Watch(BoardReference()))))
                .Concat(groups.Select(g => (What: "group " + g, Call: (Func<Task>)(() => grains.GetGrain<IGroupGrain>(g).Watch(GroupReference())))));
            foreach (var (what, call) in renewals)
            {
                try
                {
                    await call();
                }
                catch (Exception e) when (e is TimeoutException or OrleansException)
                {
                    log.LogWarning(e, "Could not renew the watch on {Watched}; retrying next round", what);
                }
            }
        }
    }

    private static int Count(Dictionary<string, int> counts, string key, int by)
    {
        var count = counts.GetValueOrDefault(key) + by;
        if (count > 0)
            counts[key] = count;
        else
            counts.Remove(key);
        return count;
    }

    private IBoardObserver BoardReference() => _boardReference ??= grains.CreateObjectReference<IBoardObserver>(this);

    private IGroupObserver GroupReference() => _groupReference ??= grains.CreateObjectReference<IGroupObserver>(this);
}
