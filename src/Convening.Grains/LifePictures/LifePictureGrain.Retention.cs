using Convening.Contracts;
using Convening.Contracts.LifePictures;

namespace Convening.Grains.LifePictures;

/// <summary>
/// Retention (decision 0050): the picture knows its last change and tells its place's schedule; when
/// the retention job asks, it decides for itself whether its time is up, so a schedule that is behind
/// can never erase a picture early.
/// </summary>
public sealed partial class LifePictureGrain
{
    /// <summary>Who the audit trail says erased a picture at the end of its retention period.</summary>
    private const string RetentionJob = "retention";
    private const string RetentionJobName = "The place's retention period";

    /// <summary>What renews a picture: its period runs from the latest of these (reads do not count).</summary>
    private static readonly PictureAction[] Changes =
        [PictureAction.Recorded, PictureAction.Changed, PictureAction.Corrected, PictureAction.ConsentChanged,
         PictureAction.Claimed, PictureAction.PlanChanged, PictureAction.PlanAgreed];

    public async Task<RetentionMark> Retain(RetentionRule rule)
    {
        var now = clock.UtcNow;
        if (!S.Exists)
            return new RetentionMark(Id, now, true, RetentionErased.Record);
        if (!S.Withdrawn)
        {
            if (LastChange().AddYears(rule.PictureYears) > now)
                return Mark(null);
            await Erase(PictureAction.Erased, RetentionJob);
            return Mark(RetentionErased.Content);
        }
        if (ErasedAt().AddYears(rule.AuditYears) > now)
            return Mark(null);
        // The rest goes: off every shelf first, so a failure leaves it listed as erased rather than listed and missing.
        var holders = S.Practitioners.Select(p => p.Id).Append(S.Person?.Id).OfType<string>().Distinct();
        await Task.WhenAll(holders.Select(h => Shelf(h).Take(Id)));
        await state.ClearStateAsync();
        return new RetentionMark(Id, now, true, RetentionErased.Record);
    }

    public Task<RetentionMark?> RetentionStanding() => Task.FromResult(S.Exists ? Mark(null) : null);

    public async Task<PersonsTrail> PersonsTrail(string? callerId)
    {
        AccessPolicy.PictureSubject(S.Person?.Id, await RequireAccess(callerId));
        return new PersonsTrail(Id, S.Withdrawn, ErasedByRetention, S.Withdrawn ? ErasedAt() : null, [.. Enumerable.Reverse(S.Audit)]);
    }

    /// <summary>The withdrawal or erasure that emptied the picture, if one did.</summary>
    private AuditEntry? LastErasure => S.Audit.FindLast(a => a.Action is PictureAction.Withdrawn or PictureAction.Erased);

    private bool ErasedByRetention => S.Withdrawn && LastErasure?.Action == PictureAction.Erased;

    private DateTimeOffset LastChange()
    {
        var last = S.Versions.Count > 0 ? S.Versions[^1].Info.SavedAt : DateTimeOffset.MinValue;
        foreach (var entry in S.Audit)
        {
            if (entry.At > last && Changes.Contains(entry.Action))
                last = entry.At;
        }
        return last;
    }

    private DateTimeOffset ErasedAt() => LastErasure?.At ?? S.Audit[^1].At;

    private RetentionMark Mark(RetentionErased? erasedNow) =>
        new(Id, S.Withdrawn ? ErasedAt() : LastChange(), S.Withdrawn, erasedNow);

    private IPlaceRetentionGrain Schedule() => GrainFactory.GetGrain<IPlaceRetentionGrain>(S.PlaceSlug);

    /// <summary>After a change is stored: the schedule learns it, or the follow-up mechanism keeps trying.</summary>
    private Task TrackRetention() => FollowUp("telling the place's retention schedule", [() => Schedule().Track(Mark(null))]);
}
