using Convening.Contracts.Mail;
using Convening.Web.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Convening.Web.Mail;

/// <summary>
/// With no mail service configured (the embedded default), messages are written as .eml files to
/// the outbox folder under the data path; in Development the /dev/outbox page lists them, so a
/// person can still verify an address or reset a password.
/// </summary>
public sealed class FolderEmailSender(IOptions<MailOptions> options, IOptions<ConveningOptions> convening, TimeProvider time) : IEmailSender
{
    public string Folder { get; } = Path.Combine(convening.Value.DataPath, "outbox");

    public async Task Send(EmailMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{time.GetUtcNow():yyyyMMddTHHmmssfff}-{message.Id:N}.eml");
        var temporary = path + ".tmp";
        await Mime.From(message, options.Value.From).WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The newest messages first.</summary>
    public IReadOnlyList<MimeMessage> Newest(int max) =>
        !Directory.Exists(Folder)
            ? []
            : [.. Directory.EnumerateFiles(Folder, "*.eml").OrderDescending().Take(max).Select(f => MimeMessage.Load(f))];
}
