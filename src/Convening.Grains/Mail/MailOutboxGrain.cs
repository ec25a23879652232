using Convening.Contracts;
using Convening.Contracts.Mail;
using Convening.Contracts.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Convening.Grains.Mail;

/// <summary>
/// The single writer of the cluster's outbox. Each change is appended to the event log (one small
/// durable write, whatever the outbox holds) before it is acted on; the state is rebuilt on
/// activation from the newest snapshot and the events after it. Leases are kept in memory: every
/// sender on every silo asks this one activation, and a new activation hands out everything again
/// (the message id lets a mail service that supports it drop a repeat).
/// </summary>
public sealed class MailOutboxGrain(
    [FromKeyedServices(StorageNames.Main)] IEventLog log,
    [PersistentState("outbox", StorageNames.Main)] IPersistentState<OutboxState> legacy,
    Serializer serializer,
    GrainClock clock)
    : Grain, IMailOutboxGrain
{
    /// <summary>Beyond this the outbox refuses new mail rather than grow without end while the mail service is down.</summary>
    public const int Capacity = 10_000;

    /// <summary>How many delivered ids are remembered: enough for a sender that retries within minutes.</summary>
    public const int DeliveredRemembered = 2_000;

    /// <summary>How many permanent refusals are kept for operators to read.</summary>
    public const int BouncesRemembered = 1_000;

    /// <summary>A snapshot is written after this many events (or as many as are waiting, if more), so activation reads little.</summary>
    private const int SnapshotEvery = 500;

    private const int CatchUpPage = 1_000;

    private readonly Dictionary<Guid, DateTimeOffset> _leases = [];
    private OutboxLogState _state = new();
    private long _snapshotVersion;

    private string Stream => "mail-outbox:" + this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (await log.ReadSnapshot(Stream) is { } snapshot)
            (_state, _snapshotVersion) = (serializer.Deserialize<OutboxLogState>(snapshot.Data)!, snapshot.Version);
        await CatchUp();
        await MoveLegacyEntries();
    }

    public async Task Enqueue(EmailMessage message)
    {
        // A message is enqueued again when its sender retries after a fault; it is sent once.
        if (_state.Waiting.ContainsKey(message.Id) || _state.IsDone(message.Id))
            return;
        if (_state.Waiting.Count >= Capacity)
            throw new ConveningException("mail.outbox-full", "Email is delayed at the moment. Try again in a few minutes.");
        await Commit(new OutboxQueued(message, clock.UtcNow));
    }

    public Task<IReadOnlyList<QueuedEmail>> TakeDue(int max, TimeSpan lease)
    {
        var now = clock.UtcNow;
        var due = _state.Waiting.Values
            .Where(e => e.NotBefore <= now && _leases.GetValueOrDefault(e.Message.Id) <= now)
            .OrderBy(e => e.Sequence)
            .Take(max)
            .ToList();
        // Leased so that another silo's sender does not send the same message meanwhile.
        foreach (var entry in due)
            _leases[entry.Message.Id] = now + lease;
        return Task.FromResult<IReadOnlyList<QueuedEmail>>([.. due.Select(e => new QueuedEmail(e.Message, e.Attempts))]);
    }

    public async Task Delivered(Guid id)
    {
        _leases.Remove(id);
        if (_state.Waiting.ContainsKey(id))
            await Commit(new OutboxSent(id));
    }

    public async Task Failed(Guid id, TimeSpan firstRetry, TimeSpan longestRetry)
    {
        _leases.Remove(id);
        if (!_state.Waiting.TryGetValue(id, out var entry))
            return;
        var attempts = entry.Attempts + 1;
        var wait = TimeSpan.FromTicks(Math.Min(longestRetry.Ticks, firstRetry.Ticks * (1L << Math.Min(attempts - 1, 20))));
        await Commit(new OutboxRetry(id, attempts, clock.UtcNow + wait));
    }

    public async Task Bounced(Guid id, string reason)
    {
        _leases.Remove(id);
        if (_state.Waiting.TryGetValue(id, out var entry))
            await Commit(new OutboxBounced(new BouncedEmail(id, entry.Message.To, reason.Length > 500 ? reason[..500] : reason, clock.UtcNow)));
    }

    public Task<IReadOnlyList<BouncedEmail>> Bounces() =>
        Task.FromResult<IReadOnlyList<BouncedEmail>>([.. _state.Bounces.Reverse()]);

    public Task<int> Count() => Task.FromResult(_state.Waiting.Count);

    private async Task Commit(OutboxChange change)
    {
        try
        {
            await log.Append(Stream, _state.Version, serializer.SerializeToArray(change));
        }
        catch (EventLogConflictException)
        {
            // Another activation wrote meanwhile (a silo thought lost): learn what it wrote; the caller retries.
            await CatchUp();
            throw;
        }
        _state.Apply(change);
        if (_state.Version - _snapshotVersion >= Math.Max(SnapshotEvery, _state.Waiting.Count))
        {
            await log.WriteSnapshot(Stream, new Snapshot(_state.Version, serializer.SerializeToArray(_state)));
            _snapshotVersion = _state.Version;
        }
    }

    private async Task CatchUp()
    {
        while (true)
        {
            var events = await log.Read(Stream, _state.Version, CatchUpPage);
            foreach (var e in events)
                _state.Apply(serializer.Deserialize<OutboxChange>(e.Data)!);
            if (events.Count < CatchUpPage)
                return;
        }
    }

    /// <summary>Mail waiting in the outbox's former whole-list state is moved into the log once, then that state is cleared.</summary>
    private async Task MoveLegacyEntries()
    {
        if (legacy.State.Entries.Count == 0)
            return;
        foreach (var entry in legacy.State.Entries.Where(e => !_state.Waiting.ContainsKey(e.Message.Id) && !_state.IsDone(e.Message.Id)))
            await Commit(new OutboxQueued(entry.Message, entry.NotBefore));
        await legacy.ClearStateAsync();
    }
}
