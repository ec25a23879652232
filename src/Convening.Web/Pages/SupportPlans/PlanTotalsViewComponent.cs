using Convening.Contracts;
using Convening.Contracts.Funding;
using Convening.Contracts.SupportPlans;
using Convening.Web.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.SupportPlans;

/// <summary>
/// The commissioner's table of agreed plans by stream (cash equivalents taken against spend), drawn
/// as its own section of the totals page; the grain refuses anyone but the place's commissioners.
/// </summary>
public sealed class PlanTotalsViewComponent(IGrainFactory grains) : ViewComponent
{
    public sealed record Table(string Slug, PlanTotals? Totals, string? Refusal, IReadOnlyDictionary<string, string> StreamNames);

    public async Task<IViewComponentResult> InvokeAsync(string slug)
    {
        var names = (await grains.GetGrain<IPlaceFundingGrain>(slug).Get()).Streams.ToDictionary(s => s.Id, s => s.Name);
        try
        {
            return View(new Table(slug, await grains.GetGrain<ISupportPlanTotalsGrain>(slug).Totals(UserClaimsPrincipal.PersonId()), null, names));
        }
        catch (ConveningException e) when (e.Code == "totals.too-few-people")
        {
            return View(new Table(slug, null, e.Message, names));
        }
    }
}
