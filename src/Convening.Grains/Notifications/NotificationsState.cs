using Convening.Contracts.Mail;
using Convening.Contracts.Notifications;

namespace Convening.Grains.Notifications;

[GenerateSerializer, Alias("convening.notifications-state")]
public sealed class NotificationsState
{
    /// <summary>The centre's list, oldest first, at most <see cref="NotificationLimits.Kept"/>.</summary>
    [Id(0)] public List<StoredNotice> Items { get; set; } = [];

    /// <summary>Keys already told, oldest first: a notice with one of these is a retry.</summary>
    [Id(1)] public List<string> Keys { get; set; } = [];

    [Id(2)] public Dictionary<NoticeKind, Delivery> Preferences { get; set; } = [];

    /// <summary>Waiting for the daily digest.</summary>
    [Id(3)] public List<Notice> Digest { get; set; } = [];

    [Id(4)] public DateTimeOffset? DigestDue { get; set; }

    /// <summary>At-once mail held back because one of its kind went within the coalescing window.</summary>
    [Id(5)] public List<Notice> Held { get; set; } = [];

    [Id(6)] public Dictionary<NoticeKind, DateTimeOffset> LastMailed { get; set; } = [];

    /// <summary>Notices to tell at a time (an action due tomorrow), by key.</summary>
    [Id(7)] public Dictionary<string, ScheduledNotice> Scheduled { get; set; } = [];

    /// <summary>
    /// Emails written down but not yet in the outbox. Written in the same state as the notice that
    /// caused them, then handed to the outbox (which ignores an id it already has), then cleared:
    /// a crash in between sends the email on the next activation, once.
    /// </summary>
    [Id(8)] public List<EmailMessage> Outgoing { get; set; } = [];

    [Id(9)] public long Sequence { get; set; }
}

[GenerateSerializer, Alias("convening.stored-notice")]
public sealed class StoredNotice
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public Notice Notice { get; set; } = null!;
    [Id(2)] public DateTimeOffset At { get; set; }
    [Id(3)] public bool Read { get; set; }

    public NotificationView View() => new(Id, Notice.Kind, Notice.Title, Notice.Path, At, Read);
}

[GenerateSerializer, Immutable, Alias("convening.scheduled-notice")]
public sealed record ScheduledNotice(
    [property: Id(0)] Notice Notice,
    [property: Id(1)] DateTimeOffset At);
