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
        await client.SendAsync(Mime.From(message, o.From), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}

/// <summary>The MIME form of a message, shared by the SMTP sender and the outbox folder.</summary>
internal static class Mime
{
    public static MimeMessage From(EmailMessage message, string from)
    {
        var mime = new MimeMessage { Subject = message.Subject, Body = new TextPart("plain") { Text = message.Body } };
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.MessageId = $"{message.Id:N}@convening";
        return mime;
    }
}
