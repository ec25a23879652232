using System.Net;
using System.Text;
using Convening.Contracts.Mail;
using Convening.Contracts.Notifications;

namespace Convening.Grains.Notifications;

/// <summary>
/// The wording of notification emails: short, plain, in the product's voice, the link first, and
/// at the foot how to change or stop them. Every email is about one kind, so its one-click
/// unsubscribe (RFC 8058) stops exactly that kind. Text and HTML say the same.
/// </summary>
public static class NoticeMail
{
    public static EmailMessage One(INoticeLinks links, string personId, string to, Notice notice)
    {
        var link = links.Absolute(notice.Path);
        var text = new StringBuilder().AppendLine(notice.Title).AppendLine();
        var html = new StringBuilder($"<p>{Encode(notice.Title)}</p>");
        if (notice.Detail is { } detail)
        {
            text.AppendLine(detail).AppendLine();
            html.Append($"<p>{Encode(detail)}</p>");
        }
        text.AppendLine("Open it on Convening:").AppendLine(link);
        html.Append($"<p><a href=\"{Encode(link)}\">Open it on Convening</a></p>");
        return Finish(links, personId, to, notice.Kind, notice.Title, text, html) with { Calendar = notice.Calendar };
    }

    /// <summary>Several notices of one kind in one email: the daily digest, or mail gathered during a burst.</summary>
    public static EmailMessage Gathered(INoticeLinks links, string personId, string to, NoticeKind kind, IReadOnlyList<Notice> notices, bool digest)
    {
        var subject = digest
            ? $"Your daily summary: {kind.Label().ToLowerInvariant()} ({notices.Count})"
            : $"{kind.Label()}: {notices.Count} more";
        var text = new StringBuilder().AppendLine(digest ? "Since your last summary:" : "Since our last email about this:").AppendLine();
        var html = new StringBuilder($"<p>{(digest ? "Since your last summary:" : "Since our last email about this:")}</p><ul>");
        foreach (var notice in notices.Take(NotificationLimits.DigestLines))
        {
            var link = links.Absolute(notice.Path);
            text.AppendLine("- " + notice.Title).AppendLine("  " + link);
            html.Append($"<li><a href=\"{Encode(link)}\">{Encode(notice.Title)}</a></li>");
        }
        html.Append("</ul>");
        var rest = notices.Count - NotificationLimits.DigestLines;
        var centre = links.Absolute("/notifications");
        if (rest > 0)
        {
            text.AppendLine().AppendLine($"And {rest} more in your notifications:").AppendLine(centre);
            html.Append($"<p><a href=\"{Encode(centre)}\">And {rest} more in your notifications</a></p>");
        }
        return Finish(links, personId, to, kind, subject, text, html);
    }

    private static EmailMessage Finish(INoticeLinks links, string personId, string to, NoticeKind kind, string subject, StringBuilder text, StringBuilder html)
    {
        var preferences = links.Absolute("/notifications/preferences");
        var unsubscribe = links.Unsubscribe(personId, kind);
        var why = $"You get these emails because of your choice for \"{kind.Label()}\".";
        text.AppendLine().AppendLine("--").AppendLine(why)
            .AppendLine("Choose what we email you: " + preferences)
            .AppendLine("Stop these emails: " + unsubscribe);
        html.Append($"<hr><p>{Encode(why)} <a href=\"{Encode(preferences)}\">Choose what we email you</a>. ")
            .Append($"<a href=\"{Encode(unsubscribe)}\">Stop these emails</a>.</p>");
        return new EmailMessage(Guid.NewGuid(), to, subject, text.ToString())
        {
            Html = html.ToString(),
            Headers = [new("List-Unsubscribe", $"<{unsubscribe}>"), new("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
        };
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
