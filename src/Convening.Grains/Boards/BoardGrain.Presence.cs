using Convening.Contracts;
using Convening.Contracts.Boards;

namespace Convening.Grains.Boards;

public sealed partial class BoardGrain
{
    public async Task SetPresence(string? callerId, bool present)
    {
        // Leaving needs no standing: someone just removed from the group still goes.
        var caller = present ? (await Authorize(callerId)).Caller : Caller.Required(callerId);
        var count = _connections.GetValueOrDefault(caller) + (present ? 1 : -1);
        if (count > 0)
        {
            _connections[caller] = count;
            if (!_present.ContainsKey(caller))
            {
                var person = await Person(caller);
                _present[caller] = new PresentPerson(caller, person.Name, null);
            }
        }
        else
        {
            _connections.Remove(caller);
            _present.Remove(caller);
        }
        await TellPresence();
    }

    public Task SetWhere(string? callerId, string? laneId) => SetWorking(callerId, new BoardWhere(laneId));

    public async Task SetWorking(string? callerId, BoardWhere where)
    {
        var (caller, _) = await Authorize(callerId);
        // During private writing, where someone is writing would hint at who wrote which card revealed without names.
        if (_state.PrivateWriting)
            where = new BoardWhere(null);
        if (where.LaneId is not null && _state.Lane(where.LaneId) is null)
            throw ConveningException.NotFound("board.lane-not-found", "That lane is not on the board any more.");
        if (where.Activity is not null && !BoardLimits.Activities.Contains(where.Activity))
            throw new ConveningException("board.bad-activity", $"What someone is doing is one of {string.Join(", ", BoardLimits.Activities)}.");
        // A card the others may not see (or one just deleted) is not named to them.
        var cardId = where.CardId is not null && _state.Cards.TryGetValue(where.CardId, out var card) && !card.Private ? where.CardId : null;
        if (!_present.TryGetValue(caller, out var person))
            return;
        var now = person with { LaneId = where.LaneId, CardId = cardId, Activity = where.Activity };
        if (now == person)
            return;
        _present[caller] = now;
        await TellPresence();
    }

    /// <summary>Once private writing starts, nobody's lane, card or activity is shown until the reveal.</summary>
    private Task HideWhereEveryoneIs()
    {
        foreach (var id in _present.Keys.ToList())
            _present[id] = _present[id] with { LaneId = null, CardId = null, Activity = null };
        return TellPresence();
    }

    private Task TellPresence()
    {
        IReadOnlyList<PresentPerson> present = [.. _present.Values.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)];
        return _observers.Notify(o => o.PresenceChanged(Key, present));
    }

    /// <summary>A token bucket per person: bursts are fine, a flood (10,000 cards at once) is refused.</summary>
    private void Throttle(string caller)
    {
        var now = clock.UtcNow;
        var limits = options.Value;
        var (tokens, at) = _buckets.GetValueOrDefault(caller, (limits.BurstOperations, now));
        tokens = Math.Min(limits.BurstOperations, tokens + (now - at).TotalSeconds * limits.OperationsPerSecond);
        if (tokens < 1)
            throw new ConveningException("board.too-fast", "You are making changes faster than the board can share them. Wait a moment and try again.", ErrorKind.TooMany);
        _buckets[caller] = (tokens - 1, now);
    }

    /// <summary>A vote with a timer closes itself when the time is up, revealing the results.</summary>
    private void ScheduleVoteClose()
    {
        _voteTimer?.Dispose();
        if (_state.Vote?.ClosesAt is not { } closesAt)
            return;
        var due = closesAt - clock.UtcNow;
        _voteTimer = this.RegisterGrainTimer(async () =>
        {
            if (_state.Vote?.ClosesAt == closesAt)
                await Commit(new BoardPerson("timer", "The vote's timer"), new VoteClosed(_state.Vote.Tally()));
        }, new GrainTimerCreationOptions(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }
}
