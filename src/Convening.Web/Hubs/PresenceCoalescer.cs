using System.Collections.Concurrent;
using Convening.Contracts.Boards;

namespace Convening.Web.Hubs;

/// <summary>
/// Passes a person's "where am I" updates to the board at most once per <see cref="Interval"/>:
/// the latest value wins, nothing in between is sent, and the last one is never dropped.
/// </summary>
public sealed class PresenceCoalescer(IGrainFactory grains, TimeProvider clock, ILogger<PresenceCoalescer> log)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly ConcurrentDictionary<(string Board, string Person), Slot> _slots = new();

    public void Submit(string boardId, string personId, string? laneId)
    {
        var slot = _slots.GetOrAdd((boardId, personId), _ => new Slot());
        lock (slot)
        {
            slot.Latest = laneId;
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
        string? laneId;
        lock (slot)
        {
            laneId = slot.Latest;
            slot.Scheduled = false;
            slot.LastSent = clock.GetUtcNow();
        }
        try
        {
            await grains.GetGrain<IBoardGrain>(boardId).SetWhere(personId, laneId);
        }
        catch (Exception e) when (e is Convening.Contracts.ConveningException or TimeoutException or OrleansException)
        {
            log.LogDebug(e, "Presence update for board {Board} not passed on", boardId);
        }
    }

    private sealed class Slot
    {
        public string? Latest { get; set; }
        public bool Scheduled { get; set; }
        public DateTimeOffset LastSent { get; set; }
    }
}
