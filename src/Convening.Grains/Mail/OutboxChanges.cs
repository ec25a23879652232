using Convening.Contracts.Mail;

namespace Convening.Grains.Mail;

/// <summary>One line of the outbox's log: each enqueue, delivery, retry or bounce is one appended event.</summary>
[GenerateSerializer, Alias("convening.outbox-change")]
public abstract record OutboxChange;

[GenerateSerializer, Alias("convening.outbox-queued")]
public sealed record OutboxQueued([property: Id(0)] EmailMessage Message, [property: Id(1)] DateTimeOffset At) : OutboxChange;

[GenerateSerializer, Alias("convening.outbox-sent")]
public sealed record OutboxSent([property: Id(0)] Guid Id) : OutboxChange;

[GenerateSerializer, Alias("convening.outbox-retry")]
public sealed record OutboxRetry([property: Id(0)] Guid Id, [property: Id(1)] int Attempts, [property: Id(2)] DateTimeOffset NotBefore) : OutboxChange;

[GenerateSerializer, Alias("convening.outbox-bounced")]
public sealed record OutboxBounced([property: Id(0)] BouncedEmail Bounce) : OutboxChange;

/// <summary>The outbox's state, rebuilt from its newest snapshot and the log after it.</summary>
[GenerateSerializer, Alias("convening.outbox-log-state")]
public sealed class OutboxLogState
{
    [Id(0)] public long Version { get; set; }
    [Id(1)] public long Sequence { get; set; }
    [Id(2)] public Dictionary<Guid, OutboxEntry> Waiting { get; set; } = [];

    /// <summary>The ids of the latest messages delivered (or bounced), oldest first, so that enqueueing one again sends nothing.</summary>
    [Id(3)] public Queue<Guid> Done { get; set; } = [];

    /// <summary>The latest permanent refusals, oldest first.</summary>
    [Id(4)] public Queue<BouncedEmail> Bounces { get; set; } = [];

    [NonSerialized] private HashSet<Guid>? _done;

    public bool IsDone(Guid id) => (_done ??= [.. Done]).Contains(id);

    public void Apply(OutboxChange change)
    {
        Version++;
        switch (change)
        {
            case OutboxQueued q:
                Waiting[q.Message.Id] = new OutboxEntry { Message = q.Message, NotBefore = q.At, Sequence = ++Sequence };
                break;
            case OutboxSent s:
                Finish(s.Id);
                break;
            case OutboxRetry r when Waiting.TryGetValue(r.Id, out var entry):
                (entry.Attempts, entry.NotBefore) = (r.Attempts, r.NotBefore);
                break;
            case OutboxBounced b:
                Finish(b.Bounce.Id);
                Bounces.Enqueue(b.Bounce);
                while (Bounces.Count > MailOutboxGrain.BouncesRemembered)
                    Bounces.Dequeue();
                break;
        }
    }

    private void Finish(Guid id)
    {
        if (!Waiting.Remove(id))
            return;
        _done ??= [.. Done];
        Done.Enqueue(id);
        _done.Add(id);
        while (Done.Count > MailOutboxGrain.DeliveredRemembered)
            _done.Remove(Done.Dequeue());
    }
}
