using Convening.Contracts.Boards;
using Microsoft.AspNetCore.SignalR;

namespace Convening.Web.Hubs;

/// <summary>
/// This web host's subscription to the boards its clients watch: Orleans is the backplane. One
/// observer per host receives each board's changes and fans them out to the board's SignalR group.
/// Subscriptions are renewed before the grain forgets them, and dropped when the last watcher leaves.
/// </summary>
public sealed class BoardWatchers(IGrainFactory grains, IHubContext<BoardHub, IBoardClient> hub, ILogger<BoardWatchers> log)
    : IBoardObserver, IHostedService
{
    private readonly Dictionary<string, int> _watching = [];
    private IBoardObserver? _reference;
    private PeriodicTimer? _renewal;

    public async Task Attach(string boardId)
    {
        bool first;
        lock (_watching)
        {
            first = !_watching.ContainsKey(boardId);
            _watching[boardId] = _watching.GetValueOrDefault(boardId) + 1;
        }
        if (first)
            await grains.GetGrain<IBoardGrain>(boardId).Watch(Reference());
    }

    public void Detach(string boardId)
    {
        lock (_watching)
        {
            if (!_watching.TryGetValue(boardId, out var count))
                return;
            if (count > 1)
            {
                _watching[boardId] = count - 1;
                return;
            }
            _watching.Remove(boardId);
        }
        _ = grains.GetGrain<IBoardGrain>(boardId).Unwatch(Reference());
    }

    public Task Changed(string boardId, BoardChange change) =>
        hub.Clients.Group(BoardHub.GroupName(boardId)).Changed(boardId, change);

    public Task PresenceChanged(string boardId, IReadOnlyList<PresentPerson> present) =>
        hub.Clients.Group(BoardHub.GroupName(boardId)).Presence(boardId, present);

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
            string[] boards;
            lock (_watching)
                boards = [.. _watching.Keys];
            foreach (var boardId in boards)
            {
                try
                {
                    await grains.GetGrain<IBoardGrain>(boardId).Watch(Reference());
                }
                catch (Exception e) when (e is TimeoutException or OrleansException)
                {
                    log.LogWarning(e, "Could not renew the watch on board {Board}; retrying next round", boardId);
                }
            }
        }
    }

    private IBoardObserver Reference() => _reference ??= grains.CreateObjectReference<IBoardObserver>(this);
}
