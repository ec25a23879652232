namespace Convening.Contracts.Notifications;

/// <summary>
/// The addresses an email needs, which only the web host knows: the public origin and a signed
/// one-click unsubscribe link. The host provides it; grains that write notification emails use it.
/// </summary>
public interface INoticeLinks
{
    /// <summary>A site path as an absolute address, e.g. "/notifications" → "https://convening.example.org/notifications".</summary>
    string Absolute(string path);

    /// <summary>The one-click unsubscribe address for one person and one kind (signed: it cannot be altered to another's).</summary>
    string Unsubscribe(string personId, NoticeKind kind);

    /// <summary>The address calendar invitations name as their ORGANIZER: the address mail is sent from (replies are made on the site).</summary>
    string Organiser { get; }
}
