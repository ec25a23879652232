using System.Collections.Concurrent;
using Convening.Contracts.Boards;

namespace Convening.Web.Hubs;

/// <summary>
/// Passes a person's "where am I, doing what" updates to the board at most once per <see cref="Interval"/>:
/// the latest value wins, nothing in between is sent, and the last one is never dropped.
/// </summary>
public sealed class PresenceCoalescer(IGrainFactory grains, TimeProvider clock, ILogger<PresenceCoalescer> log)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly ConcurrentDictionary<(string Board, string Person), Slot> _slots = new();

    public void Submit(string boardId, string personId, BoardWhere where)
    {
        var slot = _slots.GetOrAdd((boardId, personId), _ => new Slot());
        lock (slot)
        {
            slot.Latest = where;
            if (slot.Scheduled)
                return;
            slot.Scheduled = true;
            var wait = slot.LastSent + Interval - clock.GetUtcNow();
            _ = Flush(boardId, personId, slot, wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
        }
    }

    private async Task Flush(string boardId, string personId, Slot slot, TimeSpan wait)
    {
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait, clock);
        BoardWhere where;
        lock (slot)
        {
            where = slot.Latest;
            slot.Scheduled = false;
            slot.LastSent = clock.GetUtcNow();
        }
        try
        {
            await grains.GetGrain<IBoardGrain>(boardId).SetWorking(personId, where);
        }
        catch (Exception e) when (e is Convening.Contracts.ConveningException or TimeoutException or OrleansException)
        {
            log.LogDebug(e, "Presence update for board {Board} not passed on", boardId);
        }
    }

    private sealed class Slot
    {
        public BoardWhere Latest { get; set; } = new(null);
        public bool Scheduled { get; set; }
        public DateTimeOffset LastSent { get; set; }
    }
}
