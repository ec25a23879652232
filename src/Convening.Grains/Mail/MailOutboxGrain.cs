using Convening.Contracts;
using Convening.Contracts.Mail;

namespace Convening.Grains.Mail;

[GenerateSerializer, Alias("convening.outbox-state")]
public sealed class OutboxState
{
    [Id(0)] public List<OutboxEntry> Entries { get; set; } = [];

    /// <summary>The ids of the latest messages delivered, oldest first, so that enqueueing one again sends nothing.</summary>
    [Id(1)] public List<Guid> Delivered { get; set; } = [];
}

[GenerateSerializer, Alias("convening.outbox-entry")]
public sealed class OutboxEntry
{
    [Id(0)] public EmailMessage Message { get; set; } = null!;
    [Id(1)] public int Attempts { get; set; }
    /// <summary>Not handed out before this (a retry's back-off, or another sender's lease).</summary>
    [Id(2)] public DateTimeOffset NotBefore { get; set; }
}

public sealed class MailOutboxGrain(
    [PersistentState("outbox", StorageNames.Main)] IPersistentState<OutboxState> state,
    GrainClock clock)
    : Grain, IMailOutboxGrain
{
    /// <summary>Beyond this the outbox refuses new mail rather than grow without end while the mail service is down.</summary>
    public const int Capacity = 10_000;

    /// <summary>How many delivered ids are remembered: enough for a sender that retries within minutes.</summary>
    public const int DeliveredRemembered = 2_000;

    private List<OutboxEntry> Entries => state.State.Entries;

    public async Task Enqueue(EmailMessage message)
    {
        // A message is enqueued again when its sender retries after a fault; it is sent once.
        if (Entries.Any(e => e.Message.Id == message.Id) || state.State.Delivered.Contains(message.Id))
            return;
        if (Entries.Count >= Capacity)
            throw new ConveningException("mail.outbox-full", "Email is delayed at the moment. Try again in a few minutes.");
        Entries.Add(new OutboxEntry { Message = message, NotBefore = clock.UtcNow });
        await state.WriteStateAsync();
    }

    public async Task<IReadOnlyList<QueuedEmail>> TakeDue(int max, TimeSpan lease)
    {
        var now = clock.UtcNow;
        var due = Entries.Where(e => e.NotBefore <= now).Take(max).ToList();
        if (due.Count == 0)
            return [];
        // The lease is written down so that a second silo does not send the same message meanwhile.
        foreach (var entry in due)
            entry.NotBefore = now + lease;
        await state.WriteStateAsync();
        return [.. due.Select(e => new QueuedEmail(e.Message, e.Attempts))];
    }

    public async Task Delivered(Guid id)
    {
        if (Entries.RemoveAll(e => e.Message.Id == id) == 0)
            return;
        var delivered = state.State.Delivered;
        delivered.Add(id);
        if (delivered.Count > DeliveredRemembered)
            delivered.RemoveRange(0, delivered.Count - DeliveredRemembered);
        await state.WriteStateAsync();
    }

    public async Task Failed(Guid id, TimeSpan firstRetry, TimeSpan longestRetry)
    {
        var entry = Entries.Find(e => e.Message.Id == id);
        if (entry is null)
            return;
        entry.Attempts++;
        var wait = TimeSpan.FromTicks(Math.Min(longestRetry.Ticks, firstRetry.Ticks * (1L << Math.Min(entry.Attempts - 1, 20))));
        entry.NotBefore = clock.UtcNow + wait;
        await state.WriteStateAsync();
    }

    public Task<int> Count() => Task.FromResult(Entries.Count);
}
