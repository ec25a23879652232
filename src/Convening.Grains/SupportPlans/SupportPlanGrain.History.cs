using Convening.Contracts;
using Convening.Contracts.Funding;
using Convening.Contracts.LifePictures;
using Convening.Contracts.SupportPlans;
using Convening.Grains.LifePictures;

namespace Convening.Grains.SupportPlans;

/// <summary>Agreed versions kept over time, the person's download, and counting again when they opt back in.</summary>
public sealed partial class SupportPlanGrain
{
    public async Task<PlanVersionView> AgreedVersion(int number, string? callerId)
    {
        if (S.Agreed.Find(v => v.Info.Number == number) is not { } kept)
        {
            await Picture.ForPlan(null, callerId);
            throw ConveningException.NotFound("plan.version-not-found", "That agreed version of the plan is not kept.");
        }
        var standing = await Picture.ForPlan(PictureAction.PlanReadVersion, callerId);
        return new PlanVersionView(kept.Info, await Open(kept, standing.PlaceSlug), standing.PlaceSlug, standing.KnownAs);
    }

    public async Task<PlanExport> Download(string? callerId)
    {
        // The person's trail says they downloaded their plan only when the download holds one.
        var standing = await Picture.ForPlan(S.Content is null ? null : PictureAction.PlanDownloaded, callerId, personOnly: true);
        var agreed = new List<PlanVersionView>();
        foreach (var kept in S.Agreed)
            agreed.Add(new PlanVersionView(kept.Info, await Open(kept, standing.PlaceSlug), standing.PlaceSlug, standing.KnownAs));
        var names = (await GrainFactory.GetGrain<IPlaceFundingGrain>(standing.PlaceSlug).Get()).Streams.ToDictionary(s => s.Id, s => s.Name);
        return new PlanExport(Id, standing.PlaceSlug, S.Version, await Content(standing.PlaceSlug), S.AgreedVersion, S.AgreedAt, agreed, names);
    }

    public async Task Recount()
    {
        if (S.Content is null || S.AgreedVersion != S.Version)
            return;
        var content = await Content(S.PlaceSlug);
        await this.Run(logger, "counting the plan in its place's totals again", () => CountIfAgreed(content));
    }

    /// <summary>
    /// Counts the plan if the version the person agreed is the latest and their picture counts. The picture is
    /// asked again afterwards: had the person opted out meanwhile, the plan comes out, so it counts less, never more.
    /// </summary>
    private async Task CountIfAgreed(PlanContent content)
    {
        if (S.AgreedVersion != S.Version || !await Picture.PlanMayCount())
            return;
        await Totals().Count(Id, PlanRules.Contribution(content));
        if (!await Picture.PlanMayCount())
            await Totals().Uncount(Id);
    }

    /// <summary>The version just agreed joins the history, sealed as it is stored (once, however often it is agreed).</summary>
    private void Keep(string recordedBy)
    {
        if (S.Agreed.Count > 0 && S.Agreed[^1].Info.Number == S.Version)
            return;
        S.Agreed.Add(new AgreedPlanVersion { Info = new PlanVersionInfo(S.Version, clock.UtcNow, recordedBy), Content = S.Content! });
        if (S.Agreed.Count > Limits.PictureVersions)
            S.Agreed.RemoveAt(0);
    }

    private async Task<PlanContent> Open(AgreedPlanVersion kept, string placeSlug) =>
        Seal.Open<PlanContent>(kept.Content, await keys.KeyFor(placeSlug), Context(kept.Info.Number));
}
