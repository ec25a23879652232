namespace Convening.Contracts.Mail;

/// <summary>
/// The durable outbox every email passes through (one per cluster, key <see cref="Key"/>). A
/// message is stored before the request that caused it is answered, handed to senders on any
/// silo with a lease, and kept (retried with back-off) until one of them says it was delivered,
/// so a mail server that is down delays mail but never loses it. Each change is one appended line
/// of a log, so sending a thousand messages costs a thousand small writes, not a thousand rewrites
/// of the whole list.
/// </summary>
public interface IMailOutboxGrain : IGrainWithStringKey
{
    public const string Key = "outbox";

    /// <summary>Stores the message durably; returns once it is safe to tell the person it is on its way. A message id already waiting or lately delivered is not stored again.</summary>
    Task Enqueue(EmailMessage message);

    /// <summary>Up to <paramref name="max"/> messages due now, leased to the caller for <paramref name="lease"/>.</summary>
    Task<IReadOnlyList<QueuedEmail>> TakeDue(int max, TimeSpan lease);

    /// <summary>The message was handed to the mail service; it leaves the outbox.</summary>
    Task Delivered(Guid id);

    /// <summary>Sending failed; the message is tried again after a back-off that doubles each time.</summary>
    Task Failed(Guid id, TimeSpan firstRetry, TimeSpan longestRetry);

    /// <summary>The mail service refused the recipient for good (SMTP 5xx): the message is not tried again and the refusal is kept.</summary>
    Task Bounced(Guid id, string reason);

    /// <summary>The latest permanent refusals, newest first (for operators and tests).</summary>
    Task<IReadOnlyList<BouncedEmail>> Bounces();

    /// <summary>How many messages are waiting (for health and tests).</summary>
    Task<int> Count();
}

/// <summary>A message the mail service refused for good: to whom, why (the server's words) and when.</summary>
[GenerateSerializer, Immutable, Alias("convening.bounced-email")]
public sealed record BouncedEmail(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string To,
    [property: Id(2)] string Reason,
    [property: Id(3)] DateTimeOffset At);
