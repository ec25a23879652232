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

    /// <summary>The cycle this one follows on from (from that cycle's Share stage); the two are linked.</summary>
    [BindProperty(SupportsGet = true, Name = "after")] public string? After { get; set; }

    public CycleSummary? Previous { get; private set; }

    public GroupSummary Group { get; private set; } = null!;

    protected override IReadOnlyCollection<string> Fields => ["question", "purpose", "people-involved"];

    public Task<IActionResult> OnGet() => Load(LoadGroup);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await LoadGroup();
        var grain = Grains.GetGrain<ILearningCycleGrain>(Guid.NewGuid().ToString("N"));
        var cycle = await grain.Start(new StartCycle(GroupId, Question ?? "", Purpose ?? "", Involved ?? ""), CallerId);
        if (Previous is not null)
            await grain.Link(Previous.Id, CycleRelation.FedBy, CallerId);
        Notify(Previous is null ? "The learning cycle has started, with its live board." : "The next learning cycle has started, linked to the one before.");
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
        if (!string.IsNullOrWhiteSpace(After))
            Previous = (await Grains.GetGrain<ILearningCycleGrain>(After).Get(CallerId)).Summary;
    }
}
