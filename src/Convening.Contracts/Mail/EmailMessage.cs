namespace Convening.Contracts.Mail;

/// <summary>
/// One plain-text email to one person. Mail carries links and short notices only: never
/// reflection text, never anyone else's details.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.email")]
public sealed record EmailMessage(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string To,
    [property: Id(2)] string Subject,
    [property: Id(3)] string Body)
{
    public static EmailMessage Create(string to, string subject, string body) => new(Guid.NewGuid(), to, subject, body);
}

/// <summary>A message waiting in the outbox, with how often sending it has failed.</summary>
[GenerateSerializer, Immutable, Alias("convening.queued-email")]
public sealed record QueuedEmail(
    [property: Id(0)] EmailMessage Message,
    [property: Id(1)] int Attempts);
