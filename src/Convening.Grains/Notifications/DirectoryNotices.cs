using Convening.Contracts.Notifications;

namespace Convening.Grains.Notifications;

/// <summary>
/// What a directory entry's submitters are told when a moderator decides: published, or sent back.
/// The moderator's comment stays on the entry's page (the email says there is one and links there),
/// so nothing a moderator wrote travels by email. One notice per submission and decision.
/// </summary>
public static class DirectoryNotices
{
    public static string Path(string entryId) => $"/directory/organisations/{entryId}";

    public static Notice Published(string entryId, string name, DateTimeOffset submittedAt) =>
        new($"directory-published:{entryId}:{submittedAt.UtcTicks}", NoticeKind.Directory,
            $"Your directory entry is published: {name}", Path(entryId), null)
        {
            Detail = "Anyone can now find it in the directory.",
        };

    public static Notice SentBack(string entryId, string name, DateTimeOffset submittedAt) =>
        new($"directory-sent-back:{entryId}:{submittedAt.UtcTicks}", NoticeKind.Directory,
            $"Your directory entry was sent back: {name}", Path(entryId), null)
        {
            Detail = "A moderator asked for a change. Read their comment on the entry's page, then change it and send it again.",
        };
}
