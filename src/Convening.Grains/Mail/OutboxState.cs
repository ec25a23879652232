using Convening.Contracts.Mail;

namespace Convening.Grains.Mail;

/// <summary>The outbox's former whole-list state, read once on activation so mail waiting at an upgrade is not lost.</summary>
[GenerateSerializer, Alias("convening.outbox-state")]
public sealed class OutboxState
{
    [Id(0)] public List<OutboxEntry> Entries { get; set; } = [];

    [Id(1)] public List<Guid> Delivered { get; set; } = [];
}

[GenerateSerializer, Alias("convening.outbox-entry")]
public sealed class OutboxEntry
{
    [Id(0)] public EmailMessage Message { get; set; } = null!;
    [Id(1)] public int Attempts { get; set; }
    /// <summary>Not handed out before this (a retry's back-off).</summary>
    [Id(2)] public DateTimeOffset NotBefore { get; set; }
    /// <summary>Its place in the queue: the oldest due message is sent first.</summary>
    [Id(3)] public long Sequence { get; set; }
}
