using Convening.Contracts.Gatherings;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Gatherings;

public sealed class CancelModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";
    [BindProperty(Name = "reason")] public string? Reason { get; set; }

    public GatheringView Gathering { get; private set; } = null!;

    protected override IReadOnlyCollection<string> Fields => ["reason"];

    public Task<IActionResult> OnGet() => Load(LoadGathering);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await Grains.GetGrain<IGatheringGrain>(Id).Cancel(Reason ?? "", CallerId);
        Notify("The gathering has been cancelled.", null);
        return RedirectToPage("/Gatherings/Show", new { id = Id });
    }, LoadGathering);

    private async Task LoadGathering() => Gathering = await Grains.GetGrain<IGatheringGrain>(Id).Get(CallerId);
}
