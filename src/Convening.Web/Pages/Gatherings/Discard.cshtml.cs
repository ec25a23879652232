using Convening.Contracts;
using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Gatherings;

/// <summary>Asks before throwing away a draft gathering that was never given a time.</summary>
public sealed class DiscardModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";

    public GatheringView Gathering { get; private set; } = null!;

    public Task<IActionResult> OnGet() => Load(LoadGathering);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await LoadGathering();
        await Grains.GetGrain<IGatheringGrain>(Id).Discard(CallerId);
        Notify($"The draft “{Gathering.Summary.Details.Title}” has been discarded.");
        return RedirectToPage("/Gatherings/Index", new { id = Gathering.Summary.GroupId });
    }, LoadGathering);

    private async Task LoadGathering()
    {
        Gathering = await Grains.GetGrain<IGatheringGrain>(Id).Get(CallerId);
        if (Gathering.MyRole != GroupRole.Convenor)
            throw ConveningException.Forbidden("group.not-a-convenor", "Only the group's convenors can discard a draft.");
    }
}
