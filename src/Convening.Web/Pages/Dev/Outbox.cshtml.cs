using Convening.Web.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MimeKit;

namespace Convening.Web.Pages.Dev;

/// <summary>
/// Development only, with no mail service configured: the messages in the outbox folder, so a
/// person trying the embedded default can follow a verification or reset link.
/// </summary>
public sealed class OutboxModel(IWebHostEnvironment environment, FolderEmailSender folder) : PageModel
{
    public IReadOnlyList<MimeMessage> Messages { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (!environment.IsDevelopment())
            return NotFound();
        Messages = folder.Newest(50);
        return Page();
    }

    /// <summary>The body's lines, with the ones that are links marked so the page can make them clickable.</summary>
    public static IEnumerable<(string Text, bool IsLink)> Lines(MimeMessage message) =>
        (message.TextBody ?? "").Split('\n').Select(l => l.TrimEnd('\r')).Select(l => (l, l.StartsWith("http://", StringComparison.Ordinal) || l.StartsWith("https://", StringComparison.Ordinal)));
}
