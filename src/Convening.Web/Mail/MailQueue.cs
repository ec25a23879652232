using Convening.Contracts.Mail;

namespace Convening.Web.Mail;

/// <summary>
/// How a feature sends an email: <c>await mail.Queue(EmailMessage.Create(to, subject, body))</c>.
/// The message is stored in the cluster's outbox before this returns, and this silo's
/// <see cref="MailDelivery"/> is woken to send it at once.
/// </summary>
public sealed class MailQueue(IGrainFactory grains, MailDelivery delivery)
{
    public async Task Queue(EmailMessage message)
    {
        await grains.GetGrain<IMailOutboxGrain>(IMailOutboxGrain.Key).Enqueue(message);
        delivery.Wake();
    }
}
