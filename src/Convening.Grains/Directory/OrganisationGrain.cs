using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.Notifications;
using Convening.Grains.Notifications;
using Microsoft.Extensions.Logging;

namespace Convening.Grains.OrganisationDirectory;

public sealed partial class OrganisationGrain(
    [PersistentState("organisation", StorageNames.Main)] IPersistentState<OrganisationState> state,
    GrainClock clock,
    ILogger<OrganisationGrain> logger)
    : Grain, IOrganisationGrain, IRemindable, IRepairsFollowUps
{
    private OrganisationState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Exists && !S.Announced)
            await Announce();
    }

    public async Task<OrganisationView> Submit(EntryContent content, string? callerId, string? requestId = null)
    {
        var caller = Caller.Required(callerId);
        var key = RequestIds.Check(requestId);
        if (S.Exists && S.Requests.Find(caller, key) is not null)
        {
            // The id came from this person's request id: a retry after a lost answer, told to the queue and lists again.
            await this.Run(logger, "putting the entry in the moderation queue and the editors' lists", RepairFollowUps);
            return await View(caller);
        }
        RequireEditorOrNew(caller);
        return await Send(caller, content, key);
    }

    public async Task<OrganisationView> SendDraft(string? callerId)
    {
        var caller = Caller.Required(callerId);
        RequireEditorOrNew(caller);
        if (S.Draft is null)
            throw ConveningException.Conflict("organisation.no-draft", "There is no saved draft of this entry to send.");
        return await Send(caller, S.Draft, null);
    }

    private async Task<OrganisationView> Send(string caller, EntryContent content, string? key)
    {
        if (!S.Exists)
            EnsureId();
        // A client that does not send identifiers (null, not an empty list) keeps the ones the entry has.
        if (content.Identifiers is null && (S.Draft ?? S.Pending ?? S.Published) is { } current)
            content = content with { Identifiers = current.Identifiers };
        var entry = await EntryRules.Validate(GrainFactory, content);
        await DirectoryIds.Claim(GrainFactory, Id, entry);
        var person = await GrainFactory.GetGrain<Contracts.People.IPersonGrain>(caller).GetCard();
        if (!S.Exists)
        {
            S.Exists = true;
            S.Status = EntryStatus.Submitted;
            S.Editors.Add(caller);
        }
        else if (S.Status is EntryStatus.Returned or EntryStatus.Draft)
            S.Status = EntryStatus.Submitted;
        S.Pending = entry;
        S.PendingReturned = false;
        S.Draft = null;
        S.NeverSent = false;
        S.SubmitterName = person.DisplayName;
        S.SubmittedAt = clock.UtcNow;
        S.Requests.Remember(caller, key, Id);
        await state.Write(this);
        var item = new ModerationItem(Id, entry.Name, S.Published is not null, S.SubmitterName, S.SubmittedAt.Value);
        await this.Run(logger, "putting the entry in the moderation queue", () => Queue().Upsert(item));
        await this.Run(logger, "updating the editors' lists of entries", Track);
        return await View(caller);
    }

    public async Task<OrganisationView> SaveDraft(EntryContent content, string? callerId)
    {
        var caller = Caller.Required(callerId);
        RequireEditorOrNew(caller);
        if (!S.Exists)
            EnsureId();
        if (content.Identifiers is null && (S.Draft ?? S.Pending ?? S.Published) is { } current)
            content = content with { Identifiers = current.Identifiers };
        // Identifiers are claimed when the draft is sent: an unsent draft holds nothing another organisation might need.
        var entry = await EntryRules.Validate(GrainFactory, content, draft: true);
        if (!S.Exists)
        {
            S.Exists = true;
            S.Status = EntryStatus.Draft;
            S.NeverSent = true;
            S.Announced = true; // nothing public to put on the feed
            S.Editors.Add(caller);
        }
        S.Draft = entry;
        S.DraftSavedAt = clock.UtcNow;
        await state.Write(this);
        await this.Run(logger, "updating the editors' lists of entries", Track);
        return await View(caller);
    }

    /// <summary>Only an entry's editors change it; an entry never sent is not there for anyone else.</summary>
    private void RequireEditorOrNew(string caller)
    {
        if (!S.Exists || S.Editors.Contains(caller) && !(S.NeverSent && S.Status == EntryStatus.Withdrawn))
            return;
        throw S.NeverSent ? NotFound() : ConveningException.Forbidden("organisation.not-an-editor", "Only the people who submitted this entry can change it.");
    }

    public async Task<OrganisationView> Review(ReviewDecision decision, string comment, string? callerId)
    {
        var caller = await RequireModerator(callerId);
        if (S.NeverSent)
            throw NotFound();
        if (S.Pending is null || S.PendingReturned)
            throw ConveningException.Conflict("organisation.nothing-to-review", "There is no change waiting for review.");
        var text = decision == ReviewDecision.Return
            ? Check.Multiline(comment, "comment", DirectoryLimits.CommentLength)
            : Check.OptionalMultiline(comment, "comment", DirectoryLimits.CommentLength);
        var moderator = await GrainFactory.GetGrain<Contracts.People.IPersonGrain>(caller).GetCard();
        var notice = decision == ReviewDecision.Publish
            ? DirectoryNotices.Published(Id, S.Pending.Name, S.SubmittedAt ?? default)
            : DirectoryNotices.SentBack(Id, S.Pending.Name, S.SubmittedAt ?? default);
        if (text.Length > 0)
            AddComment(new ModerationComment(moderator.DisplayName, true, text, clock.UtcNow));
        if (decision == ReviewDecision.Publish)
        {
            S.Published = S.Pending;
            S.Pending = null;
            S.Status = EntryStatus.Published;
            S.AssuredAt = clock.UtcNow;
            // Endorsements belong to approaches; an approach no longer claimed loses them.
            S.Endorsements.RemoveAll(e => S.Published.Approaches.All(a => a.Approach != e.Approach));
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
            throw NotFound();
        if (S.NeverSent)
        {
            RequireEditorOrNew(caller);
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

    public async Task<OrganisationView> Get(string? callerId)
    {
        if (!S.Exists || (S.NeverSent && (S.Status == EntryStatus.Withdrawn || callerId is null || !S.Editors.Contains(callerId)))
            || (S.Status != EntryStatus.Published && !await CanSeeUnpublished(callerId)))
            throw NotFound();
        return await View(callerId);
    }

    public async Task<bool> Import(EntryContent content, string? callerId)
    {
        await RequireModerator(callerId);
        if (!S.Exists)
            EnsureId();
        // An import never overwrites an entry an organisation submitted and keeps: that id is theirs.
        if (S.Editors.Count > 0)
            throw ConveningException.Conflict("import.id-owned-elsewhere", "An entry with this id was submitted by an organisation and is kept by its editors. Import it under a new id.");
        var entry = await EntryRules.Validate(GrainFactory, content);
        await DirectoryIds.Claim(GrainFactory, Id, entry);
        if (S.Status == EntryStatus.Published && S.Pending is null && S.Published is not null && DirectoryFeedCodec.Same(S.Published, entry))
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

    /// <summary>Stores a change the public sees, then puts it on the directory feed.</summary>
    private async Task WritePublic()
    {
        S.Announced = false;
        await state.Write(this);
        await this.Run(logger, "updating the editors' lists of entries",
            () => Task.WhenAll(S.Editors.Select(e => GrainFactory.GetGrain<IEditorEntriesGrain>(e).Set(Id, S.Status == EntryStatus.Published))));
        await Announce();
    }

    /// <summary>Tells each editor's list of entries where this one now is.</summary>
    private Task Track()
    {
        if (S.NeverSent && S.Status == EntryStatus.Withdrawn)
            return Forget();
        var current = S.Draft ?? S.Pending ?? S.Published;
        if (current is null)
            return Task.CompletedTask;
        DateTimeOffset?[] times = [S.DraftSavedAt, S.SubmittedAt, S.AssuredAt];
        var entry = new EditorEntry(Id, current.Name, S.Status, S.Pending is not null && !S.PendingReturned, S.PendingReturned,
            S.Comments.Count(c => c.ByModerator), times.Max() ?? clock.UtcNow, S.Draft is not null, S.Comments.LastOrDefault(c => c.ByModerator));
        return Task.WhenAll(S.Editors.Select(e => GrainFactory.GetGrain<IEditorEntriesGrain>(e).Track(entry)));
    }

    private Task Forget() => Task.WhenAll(S.Editors.Select(e => GrainFactory.GetGrain<IEditorEntriesGrain>(e).Forget(Id)));

    /// <summary>The moderation queue, the editors' lists and the feed, told again from what is stored.</summary>
    public async Task RepairFollowUps()
    {
        if (!S.Exists)
            return;
        if (S.Pending is not null && !S.PendingReturned && S.SubmittedAt is { } submittedAt)
            await Queue().Upsert(new ModerationItem(Id, S.Pending.Name, S.Published is not null, S.SubmitterName, submittedAt));
        else
            await Queue().Remove(Id);
        await Task.WhenAll(S.Editors.Select(e => GrainFactory.GetGrain<IEditorEntriesGrain>(e).Set(Id, S.Status == EntryStatus.Published)));
        await Track();
        if (!S.Announced)
            await Announce();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => this.Repair(logger, reminderName);

    private async Task Announce()
    {
        var document = S.Status == EntryStatus.Published && S.Published is not null
            ? new DirectoryDocument(Id, S.Published, S.AssuredAt ?? clock.UtcNow, [.. S.Endorsements])
            : null;
        await GrainFactory.GetGrain<IDirectoryFeedGrain>(IDirectoryFeedGrain.Key).Publish(new DirectoryChange(Id, document));
        S.Announced = true;
    }

    private void EnsureId()
    {
        if (!Guid.TryParseExact(Id, "D", out var guid) || guid.ToString("D") != Id)
            throw new ConveningException("organisation.bad-id", "An entry id is a uuid in lower case, like 3f2b8c9e-1d4a-4e5b-9c6d-7e8f9a0b1c2d.");
    }

    private void AddComment(ModerationComment comment)
    {
        S.Comments.Add(comment);
        if (S.Comments.Count > DirectoryLimits.CommentsKept)
            S.Comments.RemoveAt(0);
    }

    private IModerationQueueGrain Queue() => GrainFactory.GetGrain<IModerationQueueGrain>(IModerationQueueGrain.Key);

    private Task<bool> IsModerator(string? personId) => GrainFactory.IsModerator(personId);

    private Task<string> RequireModerator(string? callerId) => GrainFactory.RequireModerator(callerId, "Only directory moderators can do that.");

    private async Task<bool> CanSeeUnpublished(string? callerId) =>
        callerId is not null && (S.Editors.Contains(callerId) || await IsModerator(callerId));

    private static ConveningException NotFound() =>
        ConveningException.NotFound("organisation.not-found", "There is no directory entry here that you can see.");
}
