using System.Security.Cryptography;
using Convening.Contracts;
using Convening.Contracts.LifePictures;
using Convening.Contracts.People;
using Convening.Contracts.Places;

namespace Convening.Grains.LifePictures;

/// <summary>Consent, who may see the picture, the person's claim, download and withdrawal.</summary>
public sealed partial class LifePictureGrain
{
    private static readonly TimeSpan ClaimLifetime = TimeSpan.FromDays(14);

    public async Task<PictureView> SetCountsInTotals(bool counts, string? callerId)
    {
        var caller = await RequireOpen(callerId);
        if (S.CountsInTotals == counts)
            return await View(caller);
        if (!counts)
        {
            // Out of the totals before the record says so: a failure in between leaves the person counted less, never more.
            await GrainFactory.GetGrain<ILifePictureTotalsGrain>(S.PlaceSlug).Uncount(Id);
        }
        S.CountsInTotals = counts;
        Audit(PictureAction.ConsentChanged, caller);
        await Write();
        await Recount();
        if (counts)
            await RecountPlan();
        await TrackRetention();
        return await View(caller);
    }

    public async Task<PictureView> AddPractitioner(string personId, string? callerId)
    {
        var caller = await RequireOpen(callerId);
        if (S.Practitioners.Exists(p => p.Id == personId) || personId == S.Person?.Id)
            throw ConveningException.Conflict("picture.already-shared", "The picture is already shared with that person.");
        if (S.Practitioners.Count >= Limits.PicturePractitioners)
            throw new ConveningException("picture.too-many-practitioners", $"A picture can be shared with at most {Limits.PicturePractitioners} practitioners.");
        var added = await Practitioner(await GrainFactory.GetGrain<IPlaceGrain>(S.PlaceSlug).Get(), personId);
        S.Practitioners.Add(added);
        Audit(PictureAction.PractitionerAdded, caller, about: added.DisplayName);
        await Write();
        await FollowUp("shelving the picture for a practitioner", [() => Shelf(personId).Put(Entry(false))]);
        return await View(caller);
    }

    public async Task RemovePractitioner(string personId, string? callerId)
    {
        var caller = await RequireAccess(callerId);
        var leaving = S.Practitioners.Find(p => p.Id == personId)
            ?? throw ConveningException.NotFound("picture.practitioner-not-found", "That person is not one of this picture's practitioners.");
        if (S.Practitioners.Count == 1 && S.Person is null)
            throw ConveningException.Conflict("picture.last-keeper",
                "Someone must keep this picture: name another practitioner first, or give the person their claim link.");
        Audit(PictureAction.PractitionerRemoved, caller, about: leaving.DisplayName);
        S.Practitioners.Remove(leaving);
        S.Drafts.RemoveAll(d => d.EditorId == personId);
        await Write();
        await FollowUp("taking the picture off a practitioner's shelf", [() => Shelf(personId).Take(Id)]);
    }

    public async Task<string> IssueClaim(string? callerId)
    {
        var caller = await RequireOpen(callerId);
        if (!S.Practitioners.Exists(p => p.Id == caller))
            throw NotShared();
        if (S.Person is not null)
            throw ConveningException.Conflict("picture.already-claimed", "The person already holds this picture with their own account.");
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        S.ClaimHash = SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(secret));
        S.ClaimExpires = clock.UtcNow + ClaimLifetime;
        Audit(PictureAction.ClaimLinkIssued, caller);
        await Write();
        return secret;
    }

    public async Task<PictureView> Claim(string secret, string? callerId)
    {
        var caller = Caller.Required(callerId);
        var given = SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(secret ?? ""));
        if (!S.Exists || S.Withdrawn || S.Person is not null || S.ClaimHash is null || S.ClaimExpires < clock.UtcNow
            || !CryptographicOperations.FixedTimeEquals(given, S.ClaimHash))
            throw ConveningException.NotFound("picture.claim-invalid", "This link to a life picture has been used, has expired or is not right. Ask your practitioner for a new one.");
        if (S.Practitioners.Exists(p => p.Id == caller))
            throw ConveningException.Conflict("picture.claim-by-practitioner", "You are one of this picture's practitioners: give the link to the person it is about.");
        var card = await GrainFactory.GetGrain<IPersonGrain>(caller).GetCard();
        S.Person = new PicturePerson(caller, card.DisplayName);
        S.ClaimHash = null;
        Audit(PictureAction.Claimed, caller);
        await Write();
        await FollowUp("shelving the picture for the person", [() => Shelf(caller).Put(Entry(true))]);
        await TrackRetention();
        return await View(caller);
    }

    public async Task<PictureExport> Download(string? callerId)
    {
        var caller = await RequireOpen(callerId);
        AccessPolicy.PictureSubject(S.Person?.Id, caller);
        Audit(PictureAction.Downloaded, caller);
        await Write();
        var versions = new List<PictureVersionView>();
        foreach (var v in S.Versions)
            versions.Add(new PictureVersionView(v.Info, await Open(v)));
        return new PictureExport(Id, S.PlaceSlug, versions, [.. S.Practitioners], S.CountsInTotals, [.. S.Audit]);
    }

    public async Task<IReadOnlyList<AuditEntry>> AuditTrail(string? callerId)
    {
        await RequireAccess(callerId);
        return [.. Enumerable.Reverse(S.Audit)];
    }

    public async Task Withdraw(string? callerId)
    {
        var caller = await RequireAccess(callerId);
        if (S.Withdrawn)
            return;
        await Erase(PictureAction.Withdrawn, caller);
        await TrackRetention();
    }

    /// <summary>
    /// The one way a picture's content is erased, on withdrawal or at the end of its retention period:
    /// every version and draft, the claim link and the support plan; the audit trail (no content) stays.
    /// </summary>
    private async Task Erase(PictureAction action, string by)
    {
        // Out of the totals first: if the erasure then fails, the person is counted less, never more.
        await GrainFactory.GetGrain<ILifePictureTotalsGrain>(S.PlaceSlug).Uncount(Id);
        await UncountPlan();
        S.Withdrawn = true;
        S.CountsInTotals = false;
        S.Versions.Clear();
        S.Drafts.Clear();
        S.ClaimHash = null;
        Audit(action, by);
        await Write();
        await ErasePlan();
    }

    public async Task<PictureSummary> Summary(string? callerId)
    {
        if (!S.Exists && S.Drafts.Find(d => d.EditorId == callerId) is { } unrecorded)
            return new PictureSummary(Id, unrecorded.PlaceSlug, (await OpenDraft(unrecorded)).Content.KnownAs, 0, unrecorded.SavedAt, false);
        await RequireAccess(callerId);
        var knownAs = S.Withdrawn ? "" : (await Open(S.Versions[^1])).KnownAs;
        return new PictureSummary(Id, S.PlaceSlug, knownAs, S.Version, S.Versions.Count > 0 ? S.Versions[^1].Info.SavedAt : S.Audit[^1].At, S.Withdrawn)
        {
            ErasedByRetention = ErasedByRetention,
        };
    }
}
