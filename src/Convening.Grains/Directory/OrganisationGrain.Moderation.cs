using Convening.Contracts;
using Convening.Contracts.Notifications;
using Convening.Contracts.OrganisationDirectory;

namespace Convening.Grains.OrganisationDirectory;

/// <summary>
/// What moderators do to an entry (publish or send back a change, import one), and withdrawing it.
/// What is allowed is decided in <see cref="EntryDecisions"/>; each change is stored, then the queue,
/// the editors' lists, the submitters and the feed are told.
/// </summary>
public sealed partial class OrganisationGrain
{
    public async Task<OrganisationView> Review(ReviewDecision decision, string comment, string? callerId)
    {
        var caller = await RequireModerator(callerId);
        var decide = Decide();
        var text = decide.ReviewComment(decision, comment);
        var moderator = await GrainFactory.GetGrain<Contracts.People.IPersonGrain>(caller).GetCard();
        var notice = decide.ReviewNotice(decision);
        if (text.Length > 0)
            AddComment(new ModerationComment(moderator.DisplayName, true, text, clock.UtcNow));
        if (decision == ReviewDecision.Publish)
        {
            S.Published = S.Pending;
            S.Pending = null;
            S.Status = EntryStatus.Published;
            S.AssuredAt = clock.UtcNow;
            // Endorsements belong to approaches; an approach no longer claimed loses them.
            S.Endorsements.RemoveAll(e => S.Published!.Approaches.All(a => a.Approach != e.Approach));
            await WritePublic();
        }
        else
        {
            S.PendingReturned = true;
            if (S.Status == EntryStatus.Submitted)
                S.Status = EntryStatus.Returned;
            await state.Write(this);
        }
        await this.Run(logger, "taking the entry out of the moderation queue", () => Queue().Remove(Id));
        await this.Run(logger, "updating the editors' lists of entries", Track);
        await this.Run(logger, "telling the entry's submitters", () =>
            Task.WhenAll(S.Editors.Where(e => e != caller).Select(e => GrainFactory.GetGrain<INotificationsGrain>(e).Notify(notice))));
        return await View(caller);
    }

    public async Task<OrganisationView> Withdraw(string? callerId)
    {
        var caller = Caller.Required(callerId);
        if (!S.Exists)
            throw EntryDecisions.NotFound();
        if (S.NeverSent)
        {
            Decide().MayEdit(caller);
            return await DeleteDraft(caller);
        }
        if (!S.Editors.Contains(caller) && !await IsModerator(caller))
            throw ConveningException.Forbidden("organisation.not-an-editor", "Only the entry's editors or a directory moderator can withdraw it.");
        S.Status = EntryStatus.Withdrawn;
        S.Pending = null;
        S.PendingReturned = false;
        S.Draft = null;
        await WritePublic();
        await this.Run(logger, "taking the entry out of the moderation queue", () => Queue().Remove(Id));
        await this.Run(logger, "updating the editors' lists of entries", Track);
        return await View(caller);
    }

    /// <summary>An entry never sent is deleted when withdrawn: gone from its editor's list, found by nobody.</summary>
    private async Task<OrganisationView> DeleteDraft(string caller)
    {
        var view = await View(caller);
        S.Status = EntryStatus.Withdrawn;
        S.Draft = null;
        await state.Write(this);
        await this.Run(logger, "updating the editors' lists of entries", Forget);
        return view with { Status = EntryStatus.Withdrawn, CanEdit = false };
    }

    public async Task<bool> Import(EntryContent content, string? callerId)
    {
        await RequireModerator(callerId);
        var decide = Decide();
        if (!S.Exists)
            decide.EnsureId();
        decide.MayImport();
        var entry = await EntryRules.Validate(GrainFactory, content);
        await DirectoryIds.Claim(GrainFactory, Id, entry);
        if (decide.Unchanged(entry))
            return false;
        S.Exists = true;
        S.Published = entry;
        S.Pending = null;
        S.PendingReturned = false;
        S.Status = EntryStatus.Published;
        S.AssuredAt = clock.UtcNow;
        S.Endorsements.RemoveAll(e => entry.Approaches.All(a => a.Approach != e.Approach));
        await WritePublic();
        await this.Run(logger, "taking the entry out of the moderation queue", () => Queue().Remove(Id));
        return true;
    }

    /// <summary>Keeps the newest <see cref="DirectoryLimits.CommentsKept"/> comments.</summary>
    private void AddComment(ModerationComment comment)
    {
        S.Comments.Add(comment);
        if (S.Comments.Count > DirectoryLimits.CommentsKept)
            S.Comments.RemoveAt(0);
    }
}
