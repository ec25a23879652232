using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.SupportPlans;

/// <summary>A person's support plan as a task list: streams, services, goals, savings, then check and agree.</summary>
public sealed class IndexModel : PlanPageModel
{
    public Task<IActionResult> OnGet() => Load(LoadPlan);
}
