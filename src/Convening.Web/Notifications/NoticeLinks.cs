using Convening.Contracts.Notifications;
using Convening.Web.Hosting;
using Convening.Web.Mail;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Convening.Web.Notifications;

/// <summary>
/// Addresses for emails written outside any request (by a reminder, a digest): the configured
/// public origin, or else the first address this host listens on (development and tests).
/// </summary>
public sealed class NoticeLinks(IOptions<ConveningOptions> options, IOptions<MailOptions> mail, IServer server, UnsubscribeTokens tokens) : INoticeLinks
{
    public string Absolute(string path) => Origin() + path;

    public string Unsubscribe(string personId, NoticeKind kind) =>
        Absolute($"/notifications/unsubscribe?token={Uri.EscapeDataString(tokens.Create(personId, kind))}");

    public string Organiser => MailboxAddress.Parse(mail.Value.From).Address;

    private string Origin() =>
        options.Value.PublicOrigin?.TrimEnd('/')
        ?? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.TrimEnd('/')
        ?? throw new InvalidOperationException("Set Convening:PublicOrigin: emails need the site's address.");
}
