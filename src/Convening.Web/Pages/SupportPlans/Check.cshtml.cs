using Convening.Contracts.SupportPlans;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.SupportPlans;

/// <summary>Check the plan's answers with the person, then record that they agreed it.</summary>
public sealed class CheckModel : PlanPageModel
{
    [BindProperty(Name = "agreed")] public string? Agreed { get; set; }
    [BindProperty(Name = "version")] public int Version { get; set; }

    protected override IReadOnlyCollection<string> Fields => ["agreed"];

    public Task<IActionResult> OnGet() => Load(LoadPlan);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await Grain.Agree(new AgreePlan(Version, Agreed == "yes"), CallerId);
        Notify("The plan is agreed");
        return RedirectToPage("/SupportPlans/Index", new { id = Id });
    }, LoadPlan);
}
