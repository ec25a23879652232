using Convening.Contracts.Mail;
using Convening.Contracts.Notifications;
using Convening.Contracts.People;

namespace Convening.Grains.Notifications;

/// <summary>
/// Out by the person's choice: an email at once (unless one of the kind went lately, then gathered
/// at the window's end), a place in tomorrow's digest, or nothing. Timed work is checked by one
/// reminder per person that exists only while something waits, and compares with the grain clock.
/// </summary>
public sealed partial class NotificationsGrain
{
    private const string ReminderName = "notifications";
    private bool? _reminder;

    public async Task ReceiveReminder(string reminderName, TickStatus status) => await SendDue();

    public async Task SendDue()
    {
        var now = Now;
        var changed = false;
        foreach (var (key, scheduled) in S.Scheduled.Where(s => s.Value.At <= now).ToList())
        {
            S.Scheduled.Remove(key);
            changed = true;
            if (_keys.Contains(key) || !await StillIn(scheduled.Notice.GroupId))
                continue;
            Remember(key);
            S.Items.Add(new StoredNotice { Id = "n" + ++S.Sequence, Notice = scheduled.Notice, At = now });
            await Route(scheduled.Notice);
        }
        if (S.Items.Count > NotificationLimits.Kept)
            S.Items.RemoveRange(0, S.Items.Count - NotificationLimits.Kept);
        if (S.Held.Count > 0)
        {
            foreach (var kind in S.Held.Select(n => n.Kind).Distinct().ToList())
            {
                if (S.LastMailed.GetValueOrDefault(kind) + options.Value.CoalesceWindow > now)
                    continue;
                var held = S.Held.Where(n => n.Kind == kind).ToList();
                S.Held.RemoveAll(n => n.Kind == kind);
                await MailGathered(kind, held, digest: false);
                changed = true;
            }
        }
        if (S.Digest.Count > 0 && S.DigestDue <= now)
        {
            foreach (var group in S.Digest.GroupBy(n => n.Kind).ToList())
            {
                // A calendar part cannot be gathered: each gathering's latest goes as its own email.
                foreach (var latest in group.Where(n => n.Calendar is not null).GroupBy(n => n.Path).Select(g => g.Last()))
                    await MailOne(latest);
                await MailGathered(group.Key, [.. group.Where(n => n.Calendar is null)], digest: true);
            }
            S.Digest.Clear();
            S.DigestDue = null;
            changed = true;
        }
        if (!changed)
            return;
        await state.Write(this);
        TellUnread();
        await FlushOutgoing();
        await KeepReminder();
    }

    private Delivery DeliveryOf(NoticeKind kind) => S.Preferences.GetValueOrDefault(kind, kind.Default());

    private async Task Route(Notice notice)
    {
        switch (DeliveryOf(notice.Kind))
        {
            // A calendar change is never held back: the calendar app must see each SEQUENCE in turn.
            case Delivery.AtOnce when notice.Calendar is null && S.LastMailed.GetValueOrDefault(notice.Kind) + options.Value.CoalesceWindow > Now:
                S.Held.Add(notice);
                break;
            case Delivery.AtOnce:
                await MailOne(notice);
                break;
            case Delivery.Digest:
                S.Digest.Add(notice);
                S.DigestDue ??= NextDigest();
                break;
        }
    }

    private async Task MailOne(Notice notice)
    {
        if (await Address() is not { } to || !await StillIn(notice.GroupId))
            return;
        S.Outgoing.Add(NoticeMail.One(links, Me, to, notice));
        S.LastMailed[notice.Kind] = Now;
    }

    /// <summary>Gathered mail re-checks membership: someone removed meanwhile is sent nothing about that group.</summary>
    private async Task MailGathered(NoticeKind kind, List<Notice> notices, bool digest)
    {
        var groups = notices.Select(n => n.GroupId).Distinct().ToList();
        var left = new HashSet<string?>();
        foreach (var group in groups)
            if (!await StillIn(group))
                left.Add(group);
        notices.RemoveAll(n => left.Contains(n.GroupId));
        if (notices.Count == 0 || DeliveryOf(kind) == Delivery.Off || await Address() is not { } to)
            return;
        S.Outgoing.Add(NoticeMail.Gathered(links, Me, to, kind, notices, digest));
        S.LastMailed[kind] = Now;
    }

    private async Task<string?> Address() =>
        (await GrainFactory.GetGrain<IPersonGrain>(Me).GetCard()).Email is { Length: > 0 } email ? email : null;

    private DateTimeOffset NextDigest()
    {
        var now = Now;
        var today = new DateTimeOffset(DateOnly.FromDateTime(now.UtcDateTime), options.Value.DigestAt, TimeSpan.Zero);
        return today > now ? today : today.AddDays(1);
    }

    /// <summary>Hands written-down mail to the outbox; each is cleared only once the outbox holds it.</summary>
    private async Task FlushOutgoing()
    {
        if (S.Outgoing.Count == 0)
            return;
        var outbox = GrainFactory.GetGrain<IMailOutboxGrain>(IMailOutboxGrain.Key);
        foreach (var message in S.Outgoing)
            await outbox.Enqueue(message);
        S.Outgoing.Clear();
        await state.Write(this);
    }

    /// <summary>One reminder while anything is timed; none otherwise (so idle people cost nothing).</summary>
    private async Task KeepReminder()
    {
        var needed = S.Scheduled.Count > 0 || S.Digest.Count > 0 || S.Held.Count > 0;
        _reminder ??= await this.GetReminder(ReminderName) is not null;
        if (needed == _reminder)
            return;
        if (needed)
            await this.RegisterOrUpdateReminder(ReminderName, options.Value.Tick, options.Value.Tick);
        else if (await this.GetReminder(ReminderName) is { } reminder)
            await this.UnregisterReminder(reminder);
        _reminder = needed;
    }
}
