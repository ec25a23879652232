using Convening.Contracts;
using Convening.Contracts.Groups;
using Convening.Contracts.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;

namespace Convening.Grains.Notifications;

/// <summary>One person's notifications: the single writer of what they were told and how they want to hear.</summary>
public sealed partial class NotificationsGrain(
    [PersistentState("notifications", StorageNames.Main)] IPersistentState<NotificationsState> state,
    GrainClock clock,
    INoticeLinks links,
    IOptions<NotificationOptions> options,
    ILogger<NotificationsGrain> logger)
    : Grain, INotificationsGrain, IRemindable
{
    private readonly ObserverManager<INotificationObserver> _observers = new(NotificationLimits.ObserverLifetime, logger);
    private HashSet<string> _keys = [];

    private NotificationsState S => state.State;
    private string Me => this.GetPrimaryKeyString();
    private DateTimeOffset Now => clock.UtcNow;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _keys = [.. S.Keys];
        // Mail written down before a crash, but perhaps not handed on: the outbox takes each id once.
        if (S.Outgoing.Count > 0)
            await FlushOutgoing();
        await KeepReminder();
    }

    public async Task Notify(Notice notice)
    {
        if (_keys.Contains(notice.Key) || !await StillIn(notice.GroupId))
            return;
        Remember(notice.Key);
        S.Scheduled.Remove(notice.Key);
        await Record(notice);
    }

    public async Task Schedule(Notice notice, DateTimeOffset at)
    {
        if (_keys.Contains(notice.Key) || (S.Scheduled.TryGetValue(notice.Key, out var known) && known == new ScheduledNotice(notice, at)))
            return;
        S.Scheduled[notice.Key] = new ScheduledNotice(notice, at);
        await state.Write(this);
        await KeepReminder();
    }

    public async Task Unschedule(string key)
    {
        if (S.Scheduled.Remove(key))
            await state.Write(this);
    }

    public async Task Settle(string key)
    {
        var removed = S.Scheduled.Remove(key);
        if (_keys.Contains(key) && !removed)
            return;
        Remember(key);
        await state.Write(this);
    }

    public async Task Forget(string groupId)
    {
        var unread = UnreadCount();
        var changed = S.Items.RemoveAll(i => i.Notice.GroupId == groupId)
            + S.Digest.RemoveAll(n => n.GroupId == groupId)
            + S.Held.RemoveAll(n => n.GroupId == groupId);
        foreach (var key in S.Scheduled.Where(s => s.Value.Notice.GroupId == groupId).Select(s => s.Key).ToList())
            changed += S.Scheduled.Remove(key) ? 1 : 0;
        if (changed == 0)
            return;
        await state.Write(this);
        if (UnreadCount() != unread)
            TellUnread();
    }

    public Task<NotificationPage> List(int first, string? after, string? callerId)
    {
        Own(callerId);
        first = Math.Clamp(first, 1, NotificationLimits.PageSize);
        IEnumerable<StoredNotice> newest = Enumerable.Reverse(S.Items);
        if (after is not null)
            newest = newest.SkipWhile(i => i.Id != after).Skip(1);
        var page = newest.Take(first + 1).ToList();
        return Task.FromResult(new NotificationPage([.. page.Take(first).Select(i => i.View())], UnreadCount(), page.Count > first));
    }

    public Task<int> Unread(string? callerId)
    {
        Own(callerId);
        return Task.FromResult(UnreadCount());
    }

    public async Task<int> MarkRead(IReadOnlyList<string>? ids, string? callerId)
    {
        Own(callerId);
        if (ids is { Count: > NotificationLimits.PageSize })
            throw new ConveningException("notifications.too-many", $"Mark at most {NotificationLimits.PageSize} notifications at a time, or all of them.");
        var marked = 0;
        foreach (var item in S.Items.Where(i => !i.Read && (ids is null || ids.Contains(i.Id))))
        {
            item.Read = true;
            marked++;
        }
        if (marked > 0)
        {
            await state.Write(this);
            TellUnread();
        }
        return UnreadCount();
    }

    public Task Watch(INotificationObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unwatch(INotificationObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    /// <summary>Into the centre (newest last, the oldest dropping off), then out by the person's choice.</summary>
    private async Task Record(Notice notice)
    {
        S.Items.Add(new StoredNotice { Id = "n" + ++S.Sequence, Notice = notice, At = Now });
        if (S.Items.Count > NotificationLimits.Kept)
            S.Items.RemoveRange(0, S.Items.Count - NotificationLimits.Kept);
        await Route(notice);
        await state.Write(this);
        TellUnread();
        await FlushOutgoing();
        await KeepReminder();
    }

    private void Remember(string key)
    {
        _keys.Add(key);
        S.Keys.Add(key);
        if (S.Keys.Count <= NotificationLimits.KeysRemembered)
            return;
        _keys.Remove(S.Keys[0]);
        S.Keys.RemoveAt(0);
    }

    /// <summary>A notice about a group's work reaches only its current members (a removed one hears nothing more).</summary>
    private async Task<bool> StillIn(string? groupId) =>
        groupId is null || await GrainFactory.GetGrain<IGroupGrain>(groupId).RoleOf(Me) is not null;

    private int UnreadCount() => S.Items.Count(i => !i.Read);

    private void TellUnread()
    {
        var unread = UnreadCount();
        _observers.Notify(o => o.UnreadChanged(Me, unread));
    }

    private void Own(string? callerId)
    {
        if (Caller.Required(callerId) != Me)
            throw ConveningException.Forbidden("notifications.private", "You can only see and change your own notifications.");
    }
}
