using Convening.Contracts.Gatherings;
using Convening.Contracts.Notifications;

namespace Convening.Grains.Notifications;

/// <summary>
/// What an action's owner is told: that it was given to them, and, the day before it is due, a
/// reminder. Keys come from the action, its owner and its due date, so a retry tells once and a
/// new owner or a new date is told afresh.
/// </summary>
public static class ActionNotices
{
    /// <summary>Reminders go out at this time (UTC) on the day before the action is due.</summary>
    public static readonly TimeOnly RemindAt = new(9, 0);

    private const int Shown = 80;

    public static Notice Given(ActionItem action, string gatheringId, string gatheringTitle, string groupId) =>
        new($"action-given:{action.Id}:{action.Owner.Id}", NoticeKind.Actions,
            $"You have a new action from {gatheringTitle}: {Short(action.Text)}", Path(gatheringId), groupId)
        {
            Detail = $"It is due on {action.Due:d MMMM yyyy}.",
        };

    public static string DueKey(string actionId, string ownerId, DateOnly due) => $"action-due:{actionId}:{ownerId}:{due:yyyy-MM-dd}";

    public static Notice Due(ActionItem action, string gatheringId, string gatheringTitle, string groupId) =>
        new(DueKey(action.Id, action.Owner.Id, action.Due), NoticeKind.Actions,
            $"Due tomorrow: {Short(action.Text)}", Path(gatheringId), groupId)
        {
            Detail = $"From {gatheringTitle}. When it is done, tick it off on the gathering's page.",
        };

    public static DateTimeOffset ReminderTime(DateOnly due) => new(due.AddDays(-1), RemindAt, TimeSpan.Zero);

    private static string Path(string gatheringId) => $"/gatherings/{gatheringId}#actions";

    /// <summary>The first line, cut short: the email says what the action is and links to the rest.</summary>
    private static string Short(string text)
    {
        var line = text.Split('\n')[0].Trim();
        return line.Length <= Shown ? line : line[..(Shown - 1)].TrimEnd() + "…";
    }
}
