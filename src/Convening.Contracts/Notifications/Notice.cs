namespace Convening.Contracts.Notifications;

/// <summary>
/// Something to tell one person. <see cref="Key"/> comes from its cause ("action-given:{actionId}:{ownerId}"),
/// so that telling twice (a retry, a second silo) records and sends it once. <see cref="Title"/> is a
/// short line in the product's voice that never carries reflection text or anyone's private details;
/// <see cref="Path"/> is the site-relative link to the thing. A notice about a group's work names the
/// group, so that a person who leaves the group stops hearing of it.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.notice")]
public sealed record Notice(
    [property: Id(0)] string Key,
    [property: Id(1)] NoticeKind Kind,
    [property: Id(2)] string Title,
    [property: Id(3)] string Path,
    [property: Id(4)] string? GroupId)
{
    /// <summary>Optional: a calendar invitation (iCalendar text with its METHOD) sent with the email.</summary>
    [Id(5)] public string? Calendar { get; init; }

    /// <summary>Optional: a second paragraph for the email only (what to do next), in the product's voice.</summary>
    [Id(6)] public string? Detail { get; init; }
}

/// <summary>One entry in a person's notification centre.</summary>
[GenerateSerializer, Immutable, Alias("convening.notification")]
public sealed record NotificationView(
    [property: Id(0)] string Id,
    [property: Id(1)] NoticeKind Kind,
    [property: Id(2)] string Title,
    [property: Id(3)] string Path,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] bool Read);

/// <summary>A page of a person's notifications, newest first, with how many are unread in all.</summary>
[GenerateSerializer, Immutable, Alias("convening.notification-page")]
public sealed record NotificationPage(
    [property: Id(0)] IReadOnlyList<NotificationView> Items,
    [property: Id(1)] int Unread,
    [property: Id(2)] bool HasMore);

/// <summary>A person's choice for one kind.</summary>
[GenerateSerializer, Immutable, Alias("convening.notice-preference")]
public sealed record NoticePreference(
    [property: Id(0)] NoticeKind Kind,
    [property: Id(1)] Delivery Delivery);
