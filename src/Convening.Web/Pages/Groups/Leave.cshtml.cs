using Convening.Contracts.Groups;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Groups;

/// <summary>Asks a member to confirm before they leave a group; works without JavaScript.</summary>
public sealed class LeaveModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";

    public string GroupName { get; private set; } = "";
    public GroupRole Role { get; private set; }

    public Task<IActionResult> OnGet() => Load(LoadGroup);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await Group.RemoveMember(CallerId ?? "", CallerId);
        var summary = await Group.GetSummary();
        Notify($"You have left {summary.Name}.");
        return RedirectToPage("/Places/Show", new { slug = summary.PlaceSlug });
    }, LoadGroup);

    private IGroupGrain Group => Grains.GetGrain<IGroupGrain>(Id);

    private async Task LoadGroup()
    {
        Role = (await Group.GetDetails(CallerId)).MyRole;
        GroupName = (await Group.GetSummary()).Name;
    }
}
