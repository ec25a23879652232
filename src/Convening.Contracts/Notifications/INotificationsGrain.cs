namespace Convening.Contracts.Notifications;

/// <summary>
/// A person's notifications (keyed by their person id): what they have been told, what is read,
/// how they want to hear of each kind, and what waits for their daily digest or for a time (an
/// action due tomorrow). Producers call <see cref="Notify"/> with a key from the cause; the grain
/// records each key once, emails at once, gathers for the digest or stays quiet by the person's
/// choice, and tells the person's open pages the unread count.
/// </summary>
public interface INotificationsGrain : IGrainWithStringKey
{
    /// <summary>Tells the person, once per key; a notice about a group they are not in is dropped.</summary>
    Task Notify(Notice notice);

    /// <summary>Tells the person at <paramref name="at"/> (once per key); scheduling the key again moves it.</summary>
    Task Schedule(Notice notice, DateTimeOffset at);

    /// <summary>The cause went away (the action was done or given to someone else): nothing is sent for it.</summary>
    Task Unschedule(string key);

    /// <summary>
    /// The person has done what the notice would ask (replied to a gathering): it is taken back and
    /// never accepted again, so a schedule still on its way from a fan-out does not bring it back.
    /// </summary>
    Task Settle(string key);

    /// <summary>The person left the group: its notices leave their list, their digest and their schedule.</summary>
    Task Forget(string groupId);

    /// <summary>Newest first, <paramref name="first"/> at most, after the notification with id <paramref name="after"/>; the person only.</summary>
    Task<NotificationPage> List(int first, string? after, string? callerId);

    /// <summary>How many are unread; the person only.</summary>
    Task<int> Unread(string? callerId);

    /// <summary>Marks the given notifications read (all of them when <paramref name="ids"/> is null); returns the unread count.</summary>
    Task<int> MarkRead(IReadOnlyList<string>? ids, string? callerId);

    Task<IReadOnlyList<NoticePreference>> Preferences(string? callerId);

    Task<IReadOnlyList<NoticePreference>> SetPreference(NoticePreference preference, string? callerId);

    /// <summary>Turns off email for a kind; the web layer calls this only with a verified unsubscribe token.</summary>
    Task Unsubscribe(NoticeKind kind);

    /// <summary>Subscribes a web host to the person's unread count; renew within <see cref="NotificationLimits.ObserverLifetime"/>.</summary>
    Task Watch(INotificationObserver observer);

    Task Unwatch(INotificationObserver observer);

    /// <summary>Whatever is due now (scheduled notices, the digest, coalesced mail); the reminder calls this, tests may too.</summary>
    Task SendDue();
}

/// <summary>A web host watching people's unread counts, to push them to their open pages.</summary>
public interface INotificationObserver : IGrainObserver
{
    [Orleans.Concurrency.OneWay]
    Task UnreadChanged(string personId, int unread);
}
