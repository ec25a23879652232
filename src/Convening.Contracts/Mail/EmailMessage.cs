namespace Convening.Contracts.Mail;

/// <summary>
/// One email to one person: plain text, optionally with an HTML alternative, an iCalendar part and
/// extra headers (List-Unsubscribe). Mail carries links and short notices only: never reflection
/// text, never anyone else's details.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.email")]
public sealed record EmailMessage(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string To,
    [property: Id(2)] string Subject,
    [property: Id(3)] string Body)
{
    /// <summary>The same message as HTML, sent as an alternative to the text.</summary>
    [Id(4)] public string? Html { get; init; }

    /// <summary>Headers beyond the usual ones, such as List-Unsubscribe (RFC 8058).</summary>
    [Id(5)] public IReadOnlyList<MailHeader> Headers { get; init; } = [];

    /// <summary>An iCalendar object (text/calendar, its METHOD given inside) that calendar apps act on.</summary>
    [Id(6)] public string? Calendar { get; init; }

    public static EmailMessage Create(string to, string subject, string body) => new(Guid.NewGuid(), to, subject, body);
}

[GenerateSerializer, Immutable, Alias("convening.mail-header")]
public sealed record MailHeader(
    [property: Id(0)] string Name,
    [property: Id(1)] string Value);

/// <summary>A message waiting in the outbox, with how often sending it has failed.</summary>
[GenerateSerializer, Immutable, Alias("convening.queued-email")]
public sealed record QueuedEmail(
    [property: Id(0)] EmailMessage Message,
    [property: Id(1)] int Attempts);
