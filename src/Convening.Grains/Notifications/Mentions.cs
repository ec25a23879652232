using System.Text.RegularExpressions;
using Convening.Contracts.Groups;
using Convening.Contracts.Notifications;

namespace Convening.Grains.Notifications;

/// <summary>
/// <c>@name</c> in a card, a comment or a gathering's notes tells that person, if they are in the
/// group the thing belongs to (only they can see it). A name is a member's display name written
/// without spaces or punctuation, in any case: "Ben Okafor" is <c>@BenOkafor</c> or <c>@benokafor</c>.
/// Members whose names read the same are all told. A name that is no member's tells nobody, so a
/// mention of an outsider leaks nothing. Each text tells at most <see cref="NotificationLimits.MentionsPerText"/> people,
/// and each person once per thing (the key is the thing and the person), however often it is edited.
/// </summary>
public static partial class Mentions
{
    // Not after a letter, digit or dot, so "ben@example.org" is an address, not a mention.
    [GeneratedRegex(@"(?<![\p{L}\p{N}_.@])@([\p{L}\p{N}][\p{L}\p{N}._'-]{0,63})")]
    private static partial Regex Pattern();

    /// <summary>How a display name is written after @: letters and digits only, lower case.</summary>
    public static string Handle(string displayName) =>
        new string([.. displayName.Where(char.IsLetterOrDigit)]).ToLowerInvariant();

    public static IReadOnlySet<string> Handles(string text) =>
        Pattern().Matches(text).Select(m => Handle(m.Groups[1].Value)).Where(h => h.Length > 0)
            .Distinct().Take(NotificationLimits.MentionsPerText).ToHashSet();

    /// <summary>Tells each member of <paramref name="groupId"/> named in <paramref name="text"/>, except its author.</summary>
    public static async Task Tell(IGrainFactory grains, string groupId, string text, string authorId, Func<string, Notice> notice)
    {
        var handles = Handles(text);
        if (handles.Count == 0)
            return;
        var members = await grains.GetGrain<IGroupGrain>(groupId).MemberNames();
        var named = members.Where(m => m.Id != authorId && handles.Contains(Handle(m.DisplayName)))
            .Select(m => m.Id).Distinct().Take(NotificationLimits.MentionsPerText);
        await Task.WhenAll(named.Select(id => grains.GetGrain<INotificationsGrain>(id).Notify(notice(id))));
    }

    public static Notice OnBoard(string boardId, string boardTitle, string cardId, string groupId, string author, string personId) =>
        new($"mention:board:{boardId}:{cardId}:{personId}", NoticeKind.Mentions,
            $"{author} mentioned you on the board {boardTitle}", $"/boards/{boardId}#card-{cardId}", groupId);

    public static Notice InNotes(string gatheringId, string gatheringTitle, string groupId, string author, string personId) =>
        new($"mention:notes:{gatheringId}:{personId}", NoticeKind.Mentions,
            $"{author} mentioned you in the notes of {gatheringTitle}", $"/gatherings/{gatheringId}#notes", groupId);
}
