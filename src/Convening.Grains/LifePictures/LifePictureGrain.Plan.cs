using Convening.Contracts;
using Convening.Contracts.LifePictures;
using Convening.Contracts.SupportPlans;

namespace Convening.Grains.LifePictures;

/// <summary>
/// The picture decides who may open the person's support plan (decision 0043): the plan grain asks
/// here before every read and change, so one rule, one audit trail and one "practitioner who left"
/// check serve both. Calls go plan → picture only; the picture tells the plan nothing it must wait for.
/// </summary>
public sealed partial class LifePictureGrain
{
    public async Task<PlanStanding> ForPlan(PictureAction? action, string? callerId, bool personOnly = false)
    {
        if (action is not (null or PictureAction.PlanOpened or PictureAction.PlanChanged or PictureAction.PlanAgreed
            or PictureAction.PlanReadVersion or PictureAction.PlanDownloaded))
            throw new ConveningException("picture.not-a-plan-action", "Only a support plan's own actions can be recorded for it.");
        var caller = await RequireOpen(callerId);
        // The plan is downloaded on the picture's terms: the person it is about, no one else.
        if (personOnly || action == PictureAction.PlanDownloaded)
            AccessPolicy.PictureSubject(S.Person?.Id, caller);
        if (action is { } done)
        {
            Audit(done, caller);
            await Write();
            // Only a change renews the retention period; reading or downloading the plan does not.
            if (done is PictureAction.PlanChanged or PictureAction.PlanAgreed)
                await TrackRetention();
        }
        var content = await Open(S.Versions[^1]);
        var name = caller == S.Person?.Id ? S.Person.DisplayName : S.Practitioners.Single(p => p.Id == caller).DisplayName;
        return new PlanStanding(S.PlaceSlug, content.KnownAs, [.. content.Areas.Where(a => a.Goals.Length > 0).Select(a => new AreaGoal(a.Area, a.Goals))],
            S.CountsInTotals && !S.Withdrawn, name, caller == S.Person?.Id);
    }

    public Task<bool> PlanMayCount() => Task.FromResult(S.Exists && S.CountsInTotals && !S.Withdrawn);

    /// <summary>The plan leaves the totals when the picture does.</summary>
    private Task UncountPlan() => GrainFactory.GetGrain<ISupportPlanTotalsGrain>(S.PlaceSlug).Uncount(Id);

    /// <summary>
    /// Withdrawn (and durably so), the plan is erased too. One-way, so the picture never waits on the plan
    /// (which may itself be waiting on the picture); the plan also refuses to open for a withdrawn picture.
    /// </summary>
    private Task ErasePlan() => GrainFactory.GetGrain<ISupportPlanGrain>(Id).Erase();

    /// <summary>Counting again, an agreed plan counts again at once (one-way, as <see cref="ErasePlan"/>: the plan asks back).</summary>
    private Task RecountPlan() => GrainFactory.GetGrain<ISupportPlanGrain>(Id).Recount();
}
