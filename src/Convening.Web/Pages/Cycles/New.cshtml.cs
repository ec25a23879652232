using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Cycles;

/// <summary>Starts a learning cycle in a group; members and convenors only.</summary>
public sealed class NewCycleModel : ConveningPageModel
{
    [FromRoute] public string GroupId { get; set; } = "";

    [BindProperty(Name = "question")] public string? Question { get; set; }
    [BindProperty(Name = "purpose")] public string? Purpose { get; set; }
    [BindProperty(Name = "people-involved")] public string? Involved { get; set; }

    public GroupSummary Group { get; private set; } = null!;

    protected override IReadOnlyCollection<string> Fields => ["question", "purpose", "people-involved"];

    public Task<IActionResult> OnGet() => Load(LoadGroup);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        var cycle = await Grains.GetGrain<ILearningCycleGrain>(Guid.NewGuid().ToString("N"))
            .Start(new StartCycle(GroupId, Question ?? "", Purpose ?? "", Involved ?? ""), CallerId);
        Notify("The learning cycle has started, with its live board.");
        return Redirect($"/cycles/{cycle.Summary.Id}");
    }, LoadGroup);

    /// <summary>The group, for members who may start a cycle in it; others get the group's refusal.</summary>
    private async Task LoadGroup()
    {
        var group = Grains.GetGrain<IGroupGrain>(GroupId);
        Group = await group.GetSummary();
        var role = await group.RoleOf(CallerId ?? throw ConveningException.Unauthenticated());
        if (role is null or GroupRole.Observer)
            throw ConveningException.Forbidden("cycle.observer-read-only", "Only the group's members and convenors can start a learning cycle.");
    }
}
