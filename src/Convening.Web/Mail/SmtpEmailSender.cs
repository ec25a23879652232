using Convening.Contracts.Mail;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Convening.Web.Mail;

/// <summary>Sends through an SMTP relay (MailKit), one connection per message.</summary>
public sealed class SmtpEmailSender(IOptions<MailOptions> options) : IEmailSender
{
    public async Task Send(EmailMessage message, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(o.Smtp.Host!, o.Smtp.Port, o.Smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(o.Smtp.UserName))
            await client.AuthenticateAsync(o.Smtp.UserName, o.Smtp.Password ?? "", cancellationToken);
        try
        {
            await client.SendAsync(Mime.From(message, o.From), cancellationToken);
        }
        catch (SmtpCommandException e) when (IsPermanent(e))
        {
            throw new MailRejectedException($"{(int)e.StatusCode} {e.Message}", e);
        }
        await client.DisconnectAsync(true, cancellationToken);
    }

    /// <summary>
    /// A 5xx for this recipient or this message is for good (RFC 5321 4.2.1); a 4xx, or a 5xx for
    /// our own sender address (a setting to fix, which every message would meet), is tried again.
    /// </summary>
    private static bool IsPermanent(SmtpCommandException e) =>
        (int)e.StatusCode >= 500 && e.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted;
}

/// <summary>The MIME form of a message, shared by the SMTP sender and the outbox folder.</summary>
internal static class Mime
{
    public static MimeMessage From(EmailMessage message, string from)
    {
        var mime = new MimeMessage { Subject = message.Subject, Body = Body(message) };
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.MessageId = $"{message.Id:N}@convening";
        foreach (var header in message.Headers)
            mime.Headers.Add(header.Name, header.Value);
        return mime;
    }

    /// <summary>
    /// Text alone; or multipart/alternative with the text first, then HTML, then the calendar
    /// (text/calendar with its method), the order Outlook, Gmail and Apple Mail expect.
    /// </summary>
    private static MimeEntity Body(EmailMessage message)
    {
        var text = new TextPart("plain") { Text = message.Body };
        if (message.Html is null && message.Calendar is null)
            return text;
        var alternative = new MultipartAlternative { text };
        if (message.Html is not null)
            alternative.Add(new TextPart("html") { Text = message.Html });
        if (message.Calendar is not null)
        {
            var calendar = new TextPart("calendar") { Text = message.Calendar };
            calendar.ContentType.Parameters.Add("method", CalendarMethod(message.Calendar));
            calendar.ContentType.Charset = "utf-8";
            alternative.Add(calendar);
        }
        return alternative;
    }

    private static string CalendarMethod(string calendar) =>
        calendar.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.StartsWith("METHOD:", StringComparison.Ordinal))?["METHOD:".Length..] ?? "PUBLISH";
}
