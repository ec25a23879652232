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
    [BindProperty(Name = "link-to")] public string? LinkTo { get; set; }
    [BindProperty(Name = "link-relation")] public CycleRelation? LinkRelation { get; set; }

    /// <summary>The cycle this one follows on from (from that cycle's Share stage); the two are linked.</summary>
    [BindProperty(SupportsGet = true, Name = "after")] public string? After { get; set; }

    public CycleSummary? Previous { get; private set; }

    public GroupSummary Group { get; private set; } = null!;

    /// <summary>Cycles of the caller's groups, in any place, the new cycle could be linked to as it starts.</summary>
    public IReadOnlyList<(CycleSummary Cycle, string GroupName)> LinkChoices { get; private set; } = [];

    protected override IReadOnlyCollection<string> Fields => ["question", "purpose", "people-involved", "link-to", "link-relation"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>
    {
        ["cycle.not-found"] = "link-to",
        ["cycle.sibling-same-group"] = "link-relation",
        ["cycle.link-other-place"] = "link-relation",
        ["cycle.bad-relation"] = "link-relation",
    };

    public Task<IActionResult> OnGet() => Load(LoadGroup);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await LoadGroup();
        // From a cycle's Share stage, the next cycle is fed by the one before; otherwise the link chosen, if any.
        var link = Previous is not null ? new CycleLinkRequest(Previous.Id, CycleRelation.FedBy)
            : string.IsNullOrEmpty(LinkTo) ? null : new CycleLinkRequest(LinkTo, LinkRelation ?? CycleRelation.Sibling);
        var cycle = await Grains.GetGrain<ILearningCycleGrain>(RequestIds.NewId(CallerId, RequestId))
            .Start(new StartCycle(GroupId, Question ?? "", Purpose ?? "", Involved ?? "", link) { RequestId = RequestId }, CallerId);
        Notify(Previous is null ? "The learning cycle has started, with its live board." : "The next learning cycle has started, linked to the one before.");
        return RedirectToPage("/Cycles/Show", new { id = cycle.Summary.Id });
    }, LoadGroup);

    /// <summary>The group, for members who may start a cycle in it; others get the group's refusal.</summary>
    private async Task LoadGroup()
    {
        var group = Grains.GetGrain<IGroupGrain>(GroupId);
        Group = await group.GetSummary();
        AccessPolicy.Contributor(await group.RoleOf(CallerId ?? throw ConveningException.Unauthenticated()));
        LinkChoices = await LinkableCycles.For(Grains, CallerId!, new HashSet<string>());
        if (!string.IsNullOrWhiteSpace(After))
            Previous = (await Grains.GetGrain<ILearningCycleGrain>(After).Get(CallerId)).Summary;
    }
}
