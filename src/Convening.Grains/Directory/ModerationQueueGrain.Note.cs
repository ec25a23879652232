using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.Notifications;
using Convening.Grains.Notifications;

namespace Convening.Grains.OrganisationDirectory;

/// <summary>
/// The moderators' daily note: from the digest time (<see cref="NotificationOptions.DigestAt"/>), once
/// a day and only while entries wait, each moderator is told how many. The reminder exists only
/// while the queue has entries; the key is the day, so a second silo or a retry tells once.
/// </summary>
public sealed partial class ModerationQueueGrain
{
    private const string ReminderName = "moderators-daily-note";
    private bool? _reminder;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == ReminderName)
            await SendNote();
    }

    private async Task SendNote()
    {
        var now = clock.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (Items.Count == 0 || state.State.LastNote == today || TimeOnly.FromDateTime(now.UtcDateTime) < notifications.Value.DigestAt)
        {
            await KeepReminder();
            return;
        }
        var title = $"Directory entries waiting for review: {Items.Count}";
        var notice = new Notice($"directory-waiting:{today:yyyy-MM-dd}", NoticeKind.Directory, title, "/directory/moderation", null)
        {
            Detail = $"The oldest has waited since {Items[0].SubmittedAt:d MMMM yyyy}.",
        };
        var moderators = await GrainFactory.GetGrain<IDirectoryModeratorsGrain>(IDirectoryModeratorsGrain.Key).Known();
        await Task.WhenAll(moderators.Select(m => GrainFactory.GetGrain<INotificationsGrain>(m).Notify(notice)));
        state.State.LastNote = today;
        await state.Write(this);
    }

    private async Task KeepReminder()
    {
        var needed = Items.Count > 0;
        _reminder ??= await this.GetReminder(ReminderName) is not null;
        if (needed == _reminder)
            return;
        if (needed)
            await this.RegisterOrUpdateReminder(ReminderName, notifications.Value.Tick, notifications.Value.Tick);
        else if (await this.GetReminder(ReminderName) is { } reminder)
            await this.UnregisterReminder(reminder);
        _reminder = needed;
    }
}
