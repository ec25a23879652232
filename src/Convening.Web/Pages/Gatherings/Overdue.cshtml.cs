using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Gatherings;

/// <summary>A group's actions past their due date and not done, with their owners: for the group's convenors only.</summary>
public sealed class OverdueModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";

    public GroupSummary Group { get; private set; } = null!;
    public IReadOnlyList<GroupAction> Actions { get; private set; } = [];

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        Actions = await Grains.GetGrain<IGroupGatheringsGrain>(Id).Overdue(CallerId);
        Group = await Grains.GetGrain<IGroupGrain>(Id).GetSummary();
    });
}
