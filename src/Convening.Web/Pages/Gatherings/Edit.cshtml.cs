using Convening.Contracts;
using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Gatherings;

public sealed class EditModel : DetailsPageModel
{
    [FromRoute] public string Id { get; set; } = "";

    public Task<IActionResult> OnGet() => Load(LoadGathering);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await Grains.GetGrain<IGatheringGrain>(Id).UpdateDetails(ReadDetails(), CallerId);
        Notify("The gathering has been changed.");
        return RedirectToPage("/Gatherings/Show", new { id = Id });
    }, LoadGathering);

    private async Task LoadGathering()
    {
        var view = await Grains.GetGrain<IGatheringGrain>(Id).Get(CallerId);
        AccessPolicy.Convenor(view.MyRole);
        Saved = view.Summary.Details;
    }
}
