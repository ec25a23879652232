using Convening.Contracts.Funding;
using Convening.Contracts.SupportPlans;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.SupportPlans;

/// <summary>An earlier agreed version of the plan, as it was agreed; reading it is in the picture's audit trail.</summary>
public sealed class VersionModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";
    [FromRoute] public int Number { get; set; }

    public PlanVersionView Plan { get; private set; } = null!;
    public FundingView Funding { get; private set; } = null!;

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        Plan = await Grains.GetGrain<ISupportPlanGrain>(Id).AgreedVersion(Number, CallerId);
        Funding = await Grains.GetGrain<IPlaceFundingGrain>(Plan.PlaceSlug).Get();
    });

    public string StreamName(string id) => Funding.Streams.FirstOrDefault(s => s.Id == id)?.Name ?? id;
}
