using Convening.Contracts.Mail;
using Microsoft.Extensions.Options;
using Notify.Client;

namespace Convening.Web.Mail;

/// <summary>
/// Sends through GOV.UK Notify with one template whose subject is ((subject)) and body ((body)),
/// so that the wording lives with the code. The message id is the client reference, which lets
/// Notify's dashboard be matched to our logs without carrying anything personal.
/// </summary>
public sealed class NotifyEmailSender(IOptions<MailOptions> options) : IEmailSender
{
    private readonly NotificationClient _client = new(options.Value.Notify.ApiKey);

    public async Task Send(EmailMessage message, CancellationToken cancellationToken)
    {
        var personalisation = new Dictionary<string, dynamic> { ["subject"] = message.Subject, ["body"] = message.Body };
        await _client.SendEmailAsync(message.To, options.Value.Notify.TemplateId, personalisation, message.Id.ToString("N"));
    }
}
