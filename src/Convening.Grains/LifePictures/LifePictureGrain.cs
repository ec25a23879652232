using Convening.Contracts;
using Convening.Contracts.Funding;
using Convening.Contracts.LifePictures;
using Convening.Contracts.People;
using Convening.Contracts.Places;
using Convening.Contracts.Storage;
using Microsoft.Extensions.Logging;

namespace Convening.Grains.LifePictures;

/// <summary>
/// The single writer of one life picture (decision 0035). Content is sealed with the place's key
/// in every version; every read and change is added to the audit trail in the same write, before
/// anything is returned. Logs carry ids and codes only.
/// </summary>
public sealed partial class LifePictureGrain(
    [PersistentState("life-picture", StorageNames.Main)] IPersistentState<LifePictureState> state,
    IPlaceKeys keys,
    GrainClock clock,
    ILogger<LifePictureGrain> logger)
    : Grain, ILifePictureGrain
{
    private LifePictureState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    public async Task<PictureView> Record(RecordPicture command, string? callerId)
    {
        var caller = Caller.Required(callerId);
        if (Guid.TryParseExact(Id, "N", out _) && IsRecordersRetry(caller))
        {
            // The picture's id is chosen by the client, so it is the request's key: the recorder's retry after
            // a lost answer, while the picture is as they recorded it, answers with it and shelves it again.
            await FollowUp("shelving the new picture", S.Practitioners.Select(p => (Func<Task>)(() => Shelf(p.Id).Put(Entry(false)))));
            return await View(caller);
        }
        RequireNew(caller);
        return await Create(command, caller);
    }

    private bool IsRecordersRetry(string caller) =>
        S.Exists && !S.Withdrawn && S.Versions.Count == 1 && S.Audit.Exists(a => a.Action == PictureAction.Recorded && a.ById == caller);

    private void RequireNew(string caller)
    {
        if (!Guid.TryParseExact(Id, "N", out _))
            throw new ConveningException("picture.bad-id", "A picture id is 32 hexadecimal characters.");
        if (S.Exists)
        {
            throw S.Practitioners.Exists(p => p.Id == caller) && !S.Withdrawn
                ? ConveningException.Conflict("picture.exists", "This picture is already recorded; open it to change it.")
                : NotShared();
        }
    }

    private async Task<PictureView> Create(RecordPicture command, string caller)
    {
        if (command.Consent is not { Given: true })
            throw NoConsent();
        var place = await GrainFactory.GetGrain<IPlaceGrain>(Check.Slug(command.PlaceSlug)).Get();
        var content = PictureRules.Valid(command.Content, await Streams(place.Slug));
        var others = (command.OtherPractitionerIds ?? []).Where(id => id != caller).Distinct().ToList();
        if (others.Count + 1 > Limits.PicturePractitioners)
            throw new ConveningException("picture.too-many-practitioners", $"A picture can be shared with at most {Limits.PicturePractitioners} practitioners.");
        var practitioners = new List<PicturePerson>();
        foreach (var id in others.Prepend(caller))
            practitioners.Add(await Practitioner(place, id));

        S.Exists = true;
        S.PlaceSlug = place.Slug;
        S.Practitioners = practitioners;
        S.CountsInTotals = command.Consent.CountsInTotals;
        S.Drafts.RemoveAll(d => d.EditorId == caller);
        await AddVersion(content, practitioners[0], byThePerson: false);
        Audit(PictureAction.Recorded, caller);
        await Write();
        await FollowUp("shelving the new picture", practitioners.Select(p => (Func<Task>)(() => Shelf(p.Id).Put(Entry(false)))));
        await Recount();
        await TrackRetention();
        return await View(caller);
    }

    private static ConveningException NoConsent() =>
        new("picture.no-consent", "A picture can only be recorded with the person's consent. Ask them first, and tick the box to say they agreed.") { Field = "consent" };

    public async Task<PictureView> Get(string? callerId)
    {
        var caller = await RequireOpen(callerId);
        Audit(PictureAction.Opened, caller);
        await Write();
        // Opening changes nothing the period runs from; telling the schedule again puts a picture recorded before retention was automated on it.
        await TrackRetention();
        return await View(caller);
    }

    public async Task<PictureVersionView> Version(int number, string? callerId)
    {
        var caller = await RequireOpen(callerId);
        var version = S.Versions.Find(v => v.Info.Number == number)
            ?? throw ConveningException.NotFound("picture.version-not-found", "That version of the picture is not kept.");
        Audit(PictureAction.ReadVersion, caller, number);
        await Write();
        return new PictureVersionView(version.Info, await Open(version));
    }

    public async Task<PictureView> Save(SavePicture command, string? callerId)
    {
        var caller = await RequireOpen(callerId);
        return await SaveVersion(command.ExpectedVersion, command.Content, caller);
    }

    private async Task<PictureView> SaveVersion(int expectedVersion, PictureContent proposed, string caller)
    {
        if (expectedVersion != S.Version)
            throw ConveningException.Conflict("picture.conflict",
                $"Someone saved this picture while you were editing (it is now at version {S.Version}, you started from version {expectedVersion}). Copy your changes, reload and save again.");
        var content = PictureRules.Valid(proposed, await Streams(S.PlaceSlug));
        var byThePerson = caller == S.Person?.Id;
        await AddVersion(content, byThePerson ? S.Person! : S.Practitioners.Single(p => p.Id == caller), byThePerson);
        Audit(byThePerson ? PictureAction.Corrected : PictureAction.Changed, caller);
        S.Drafts.RemoveAll(d => d.EditorId == caller);
        await Write();
        await Recount();
        await TrackRetention();
        return await View(caller);
    }

    private async Task AddVersion(PictureContent content, PicturePerson by, bool byThePerson)
    {
        S.Version++;
        var info = new PictureVersionInfo(S.Version, clock.UtcNow, by.DisplayName, byThePerson);
        S.Versions.Add(new SealedVersion { Info = info, Content = Seal.Close(content, await Key(), Context(S.Version)) });
        if (S.Versions.Count > Limits.PictureVersions)
            S.Versions.RemoveAt(0);
    }

    private async Task<PictureContent> Open(SealedVersion version) =>
        Seal.Open<PictureContent>(version.Content, await Key(), Context(version.Info.Number));

    private Task<byte[]> Key() => keys.KeyFor(S.PlaceSlug);

    private Task<byte[]> Key(string placeSlug) => keys.KeyFor(placeSlug);

    private string Context(int version) => $"life-picture/{Id}/{version}";

    private async Task<PictureView> View(string caller) =>
        new(Id, S.PlaceSlug, await Open(S.Versions[^1]), S.Version, [.. S.Versions.Select(v => v.Info).Reverse()],
            [.. S.Practitioners], S.Person, S.CountsInTotals, caller == S.Person?.Id)
        {
            ErasureDue = LastChange().AddYears((await Schedule().Rule()).PictureYears),
        };

    /// <summary>
    /// The caller, if the picture is shared with them; the same refusal whether or not it exists.
    /// A named practitioner must still have standing in the place: one who has left it (their
    /// groups there, or stewardship) loses access at once, without anyone having to remember.
    /// </summary>
    private async Task<string> RequireAccess(string? callerId)
    {
        var caller = Caller.Required(callerId);
        if (!S.Exists)
            throw NotShared();
        AccessPolicy.Picture(S.Person?.Id, S.Practitioners.Select(p => p.Id), caller);
        if (caller != S.Person?.Id && !await StillInPlace(caller))
            throw NotShared();
        return caller;
    }

    private async Task<bool> StillInPlace(string personId)
    {
        var place = await GrainFactory.GetGrain<IPlaceGrain>(S.PlaceSlug).Get();
        var person = await GrainFactory.GetGrain<IPersonGrain>(personId).Get(personId);
        return AccessPolicy.HasStanding(place, person.Memberships, personId);
    }

    private async Task<string> RequireOpen(string? callerId)
    {
        var caller = await RequireAccess(callerId);
        if (S.Withdrawn)
        {
            throw ConveningException.NotFound("picture.withdrawn", ErasedByRetention
                ? "This picture was not changed for as long as the place keeps pictures, so everything in it was erased. Its record of who saw it is kept for the person."
                : "This picture was withdrawn and everything in it erased. Its record of who saw it is kept for the person.");
        }
        return caller;
    }

    private static ConveningException NotShared() =>
        ConveningException.Forbidden(AccessPolicy.PictureNotShared, "This life picture is not shared with you, or there is no such picture.");

    private void Audit(PictureAction action, string caller, int? version = null, string? about = null)
    {
        var name = caller == RetentionJob ? RetentionJobName
            : caller == S.Person?.Id ? S.Person.DisplayName : S.Practitioners.Find(p => p.Id == caller)?.DisplayName ?? "Someone";
        S.Audit.Add(new AuditEntry(clock.UtcNow, caller, name, action, version ?? S.Version, about));
        if (S.Audit.Count > Limits.PictureAuditEntries)
            S.Audit.RemoveAt(0);
    }

    private async Task<PicturePerson> Practitioner(PlaceView place, string personId)
    {
        var person = await GrainFactory.GetGrain<IPersonGrain>(personId).Get(personId);
        if (!AccessPolicy.HasStanding(place, person.Memberships, personId))
            throw ConveningException.Forbidden("picture.practitioner-not-in-place",
                $"Pictures in {place.Name} can only be shared with its stewards and members of groups it has approved.");
        return new PicturePerson(personId, person.Card.DisplayName);
    }

    private async Task<IReadOnlyCollection<string>> Streams(string placeSlug) =>
        [.. (await GrainFactory.GetGrain<IPlaceFundingGrain>(placeSlug).Get()).Streams.Select(s => s.Id)];

    /// <summary>Tells the place's totals what this picture now adds, or that it adds nothing.</summary>
    private async Task Recount()
    {
        var totals = GrainFactory.GetGrain<ILifePictureTotalsGrain>(S.PlaceSlug);
        if (S.CountsInTotals && !S.Withdrawn)
        {
            var contribution = Contribution.From(await Open(S.Versions[^1]));
            await FollowUp("counting the picture in its place's totals", [() => totals.Count(Id, contribution)]);
        }
        else
        {
            await totals.Uncount(Id);
            await UncountPlan();
        }
    }

    private ShelfEntry Entry(bool asThePerson) => new(Id, S.PlaceSlug, asThePerson, clock.UtcNow);

    private ILifePictureShelfGrain Shelf(string personId) => GrainFactory.GetGrain<ILifePictureShelfGrain>(personId);

    private Task FollowUp(string what, IEnumerable<Func<Task>> followUps) => this.Run(logger, what, followUps);

    private Task Write() => state.Write(this);
}
