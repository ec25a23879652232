using Convening.Contracts;
using Convening.Contracts.LifePictures;
using Convening.Contracts.People;
using Convening.Contracts.Places;

namespace Convening.Grains.LifePictures;

/// <summary>
/// The task-list pages' drafts (decision 0040): one per editor, sealed with the place key, seen only
/// by its editor. Starting one from the latest version is audited as an opening; saving it is the
/// change the audit trail records; a new picture stores nothing until consent is given.
/// </summary>
public sealed partial class LifePictureGrain
{
    public async Task<PictureDraft> Draft(string? placeSlug, string? callerId)
    {
        var caller = Caller.Required(callerId);
        if (S.Drafts.Find(d => d.EditorId == caller) is { } kept)
        {
            if (S.Exists)
                await RequireOpen(caller);
            return await OpenDraft(kept);
        }
        if (!S.Exists)
            return await BlankDraft(placeSlug, caller);
        await RequireOpen(caller);
        // Started from the latest version, kept at once: reading it again is the editor's own working copy.
        var started = new StoredDraft
        {
            EditorId = caller, PlaceSlug = S.PlaceSlug, BaseVersion = S.Version, CountsInTotals = S.CountsInTotals,
            Content = Seal.Close(await Open(S.Versions[^1]), await Key(), DraftContext(caller)), SavedAt = clock.UtcNow,
        };
        S.Drafts.Add(started);
        Audit(PictureAction.Opened, caller);
        await Write();
        return await OpenDraft(started);
    }

    public async Task<PictureDraft> SaveDraft(PictureDraft draft, string? callerId)
    {
        var caller = Caller.Required(callerId);
        var current = await Draft(draft.PlaceSlug, caller);
        if (current.IsNew && draft.Consent is not { Given: true })
            throw NoConsent();
        var content = PictureRules.Draft(draft.Content, await Streams(current.PlaceSlug));
        var changed = (draft.Changed ?? []).Where(PictureSections.All.Contains).Union(current.Changed).ToList();
        var stored = S.Drafts.Find(d => d.EditorId == caller);
        var first = stored is null;
        if (stored is null)
        {
            stored = new StoredDraft { EditorId = caller, PlaceSlug = current.PlaceSlug, BaseVersion = current.BaseVersion };
            S.Drafts.Add(stored);
        }
        stored.CountsInTotals = draft.Consent.CountsInTotals;
        stored.Content = Seal.Close(content, await Key(current.PlaceSlug), DraftContext(caller));
        stored.Changed = changed;
        stored.SavedAt = clock.UtcNow;
        if (!S.Exists)
            S.PlaceSlug = current.PlaceSlug;
        await Write();
        if (first && !S.Exists)
            await FollowUp("shelving the unfinished picture", [() => Shelf(caller).Put(Entry(false))]);
        return await OpenDraft(stored);
    }

    public async Task<PictureView> SubmitDraft(string? callerId)
    {
        var caller = Caller.Required(callerId);
        var stored = S.Drafts.Find(d => d.EditorId == caller)
            ?? throw ConveningException.NotFound("picture.no-draft", "There are no unsaved changes to this picture: open it to start changing it.");
        var draft = await OpenDraft(stored);
        if (!S.Exists)
        {
            RequireNew(caller);
            return await Create(new RecordPicture(draft.PlaceSlug, draft.Consent, draft.Content, []), caller);
        }
        await RequireOpen(caller);
        var view = await SaveVersion(draft.BaseVersion, draft.Content, caller);
        return draft.Consent.CountsInTotals == S.CountsInTotals ? view : await SetCountsInTotals(draft.Consent.CountsInTotals, caller);
    }

    public async Task DiscardDraft(string? callerId)
    {
        var caller = Caller.Required(callerId);
        if (S.Drafts.RemoveAll(d => d.EditorId == caller) == 0)
            return;
        await Write();
        if (!S.Exists)
            await FollowUp("taking the unfinished picture off the shelf", [() => Shelf(caller).Take(Id)]);
    }

    private async Task<PictureDraft> BlankDraft(string? placeSlug, string caller)
    {
        if (string.IsNullOrEmpty(placeSlug))
            throw NotShared();
        RequireNew(caller);
        var place = await GrainFactory.GetGrain<IPlaceGrain>(Check.Slug(placeSlug)).Get();
        var person = await GrainFactory.GetGrain<IPersonGrain>(caller).Get(caller);
        if (!AccessPolicy.HasStanding(place, person.Memberships, caller))
            throw ConveningException.Forbidden("picture.practitioner-not-in-place",
                $"Pictures in {place.Name} can only be recorded by its stewards and members of groups it has approved.");
        return PictureDraft.Blank(place.Slug);
    }

    private async Task<PictureDraft> OpenDraft(StoredDraft d) =>
        new(d.PlaceSlug, new PictureConsent(true, d.CountsInTotals),
            Seal.Open<PictureContent>(d.Content, await Key(d.PlaceSlug), DraftContext(d.EditorId)), d.BaseVersion, [.. d.Changed]);

    private string DraftContext(string editorId) => $"life-picture/{Id}/draft/{editorId}";
}
