using Convening.Contracts.Mail;

namespace Convening.Web.Mail;

/// <summary>
/// Hands one message to the mail service chosen by configuration (SMTP, GOV.UK Notify, or the
/// outbox folder). Features do not call this directly: they call <see cref="MailQueue"/>, which
/// stores the message first, so that a mail service that is down delays mail instead of losing it.
/// </summary>
public interface IEmailSender
{
    /// <summary>Sends the message or throws: <see cref="MailRejectedException"/> means "never try again", anything else "try again later".</summary>
    Task Send(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>The mail service refused this message for good (an SMTP 5xx for the recipient or the message): retrying cannot help.</summary>
public sealed class MailRejectedException(string reason, Exception? inner = null) : Exception(reason, inner);
