using Convening.Contracts;
using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Contracts.Reflections;
using Convening.Grains.Cycles;
using Microsoft.Extensions.Logging;

namespace Convening.Grains.Reflections;

public sealed partial class ReflectionGrain(
    [PersistentState("reflection", StorageNames.Main)] IPersistentState<ReflectionState> state,
    ILogger<ReflectionGrain> logger,
    GrainClock clock)
    : Grain, IReflectionGrain, IRemindable, IRepairsFollowUps
{
    private ReflectionState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    public async Task<ReflectionView> Save(SaveReflection command, string? callerId)
    {
        var caller = Caller.Required(callerId);
        if (!Guid.TryParseExact(Id, "N", out _))
            throw new ConveningException("reflection.bad-id", "A reflection id is 32 hexadecimal characters.");
        if (S.Exists && S.AuthorId != caller)
            throw NotFound();
        var requestId = RequestIds.Check(command.RequestId);
        if (S.Requests.Find(caller, requestId) is not null)
            return View(caller);
        if (!S.Exists && command.ExpectedVersion != 0)
            throw new ConveningException("reflection.not-saved-yet",
                $"This reflection has not been saved before, so it is saved as version 0, not {command.ExpectedVersion}. Reload the page and save again.");
        if (command.ExpectedVersion != S.Version)
            throw ConveningException.Conflict("reflection.conflict",
                $"This reflection was changed elsewhere (it is now at version {S.Version}, you were editing version {command.ExpectedVersion}). Copy your changes, reload and save again.");
        var title = Check.Text(command.Title, "title", Limits.ShortText);
        var sections = ReflectionRules.Sections(command.Structure, command.Sections);
        var themes = ReflectionRules.Themes(command.Themes);
        var (groupId, placeSlug) = await Audience(command, caller);
        var link = await WorkLinks.Visible(GrainFactory, command.Link, caller, "reflection.link-not-visible");
        var card = await GrainFactory.GetGrain<IPersonGrain>(caller).GetCard();
        if (!S.Exists)
            await Journal(caller).Reserve(Id);
        if (command.Draft)
            return await SaveDraft(command, caller, card.DisplayName, new ReflectionDraft
            {
                Title = title, Structure = command.Structure, Sections = [.. sections], Themes = [.. themes],
                Visibility = command.Visibility, GroupId = groupId, PlaceSlug = placeSlug, Link = link, SavedAt = clock.UtcNow,
            });

        // Withdraw from audiences that lose the entry before it is stored: if anything fails
        // between the two, the entry is shared with fewer people than it says, never more.
        var before = S.Exists ? ReflectionAccess.Audiences(S.Visibility, S.GroupId, S.PlaceSlug) : [];
        var after = ReflectionAccess.Audiences(command.Visibility, groupId, placeSlug);
        await Task.WhenAll(before.Except(after).Select(a => Index(a).Remove(Id)));

        Remember();
        var now = clock.UtcNow;
        S.Exists = true;
        S.AuthorId = caller;
        S.AuthorName = card.DisplayName;
        S.Title = title;
        S.Structure = command.Structure;
        S.Sections = [.. sections];
        S.Themes = [.. themes];
        S.Visibility = command.Visibility;
        S.GroupId = groupId;
        S.PlaceSlug = placeSlug;
        S.Link = link;
        S.Draft = null;
        S.NeverSaved = false;
        S.Version++;
        S.CreatedAt = S.Version == 1 ? now : S.CreatedAt;
        S.UpdatedAt = now;
        S.Requests.Remember(caller, requestId, S.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Write();

        var summary = Summary();
        await this.Run(logger, "listing the reflection for its readers and in the journal",
            after.Select(a => (Func<Task>)(() => Index(a).Upsert(summary))).Append(() => Journal(caller).Upsert(summary)));
        return View(caller);
    }

    /// <summary>Autosave: kept for the author; audiences keep what was last saved (or nothing).</summary>
    private async Task<ReflectionView> SaveDraft(SaveReflection command, string caller, string authorName, ReflectionDraft draft)
    {
        if (!S.Exists)
        {
            (S.Exists, S.NeverSaved, S.AuthorId, S.AuthorName) = (true, true, caller, authorName);
            (S.Visibility, S.Structure, S.CreatedAt, S.UpdatedAt) = (ReflectionVisibility.Private, command.Structure, draft.SavedAt, draft.SavedAt);
        }
        S.Draft = draft;
        S.Version++;
        S.Requests.Remember(caller, RequestIds.Check(command.RequestId), S.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Write();
        await this.Run(logger, "listing the draft in the journal", () => Journal(caller).Upsert(DraftSummary(draft)));
        return View(caller);
    }

    private Task Write() => state.Write(this);

    /// <summary>The journal and the audiences' indexes, told again from what is stored (an unsaved draft only to the journal).</summary>
    public Task RepairFollowUps()
    {
        if (!S.Exists)
            return Task.CompletedTask;
        var journal = Journal(S.AuthorId).Upsert(S.Draft is { } draft ? DraftSummary(draft) : Summary());
        if (S.NeverSaved)
            return journal;
        var summary = Summary();
        return Task.WhenAll(ReflectionAccess.Audiences(S.Visibility, S.GroupId, S.PlaceSlug).Select(a => Index(a).Upsert(summary)).Append(journal));
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => this.Repair(logger, reminderName);

    public async Task<ReflectionView> Get(string? callerId)
    {
        if (!S.Exists || !await ReflectionAccess.CanSee(GrainFactory, S, callerId))
            throw NotFound();
        return View(callerId);
    }

    public async Task<IReadOnlyList<ReflectionRevision>> History(string? callerId)
    {
        await Get(callerId);
        if (S.AuthorId != callerId)
            throw ConveningException.Forbidden("reflection.author-only", "Only the author can see earlier versions of a reflection.");
        return [.. S.History];
    }

    public async Task Delete(string? callerId)
    {
        var caller = Caller.Required(callerId);
        if (!S.Exists || S.AuthorId != caller)
            throw NotFound();
        var audiences = ReflectionAccess.Audiences(S.Visibility, S.GroupId, S.PlaceSlug);
        await Task.WhenAll(audiences.Select(a => Index(a).Remove(Id)).Append(Journal(caller).Remove(Id)));
        await state.ClearStateAsync();
        DeactivateOnIdle();
    }

    private async Task<(string? GroupId, string? PlaceSlug)> Audience(SaveReflection command, string caller)
    {
        switch (command.Visibility)
        {
            case ReflectionVisibility.Private:
                return (null, null);
            case ReflectionVisibility.Group:
                var groupId = command.GroupId ?? "";
                if (!Guid.TryParseExact(groupId, "N", out _) || !await ReflectionAccess.InGroup(GrainFactory, groupId, caller))
                    throw ConveningException.Forbidden("reflection.not-in-group", "You can only share a reflection with a group you belong to.");
                return (groupId, (await GrainFactory.GetGrain<IGroupGrain>(groupId).GetSummary()).PlaceSlug);
            case ReflectionVisibility.Place:
                var slug = Check.Slug(command.PlaceSlug);
                if (!await ReflectionAccess.InPlace(GrainFactory, slug, caller))
                    throw ConveningException.Forbidden("reflection.not-in-place", "You can only share a reflection with a place where you belong to a group.");
                return (null, slug);
            default:
                throw new ConveningException("reflection.visibility-unknown", "Choose who can read the reflection.");
        }
    }
}
