using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Cycles;

/// <summary>A linked cycle as the page shows it: the link, the other cycle's summary and its group.</summary>
public sealed record LinkedCycle(CycleLink Link, CycleSummary Other, GroupSummary OtherGroup);

public sealed partial class CycleModel
{
    [BindProperty(Name = "other-cycle")] public string? OtherCycle { get; set; }
    [BindProperty(Name = "relation")] public CycleRelation? Relation { get; set; }

    public IReadOnlyList<LinkedCycle> Links { get; private set; } = [];

    /// <summary>Cycles of the caller's other groups (in any place) that this one could link to, with their groups' names.</summary>
    public IReadOnlyList<(CycleSummary Cycle, string GroupName)> LinkChoices { get; private set; } = [];

    protected override IReadOnlyCollection<string> Fields => ["other-cycle", "relation"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>
    {
        ["cycle.already-linked"] = "other-cycle",
        ["cycle.link-self"] = "other-cycle",
        ["cycle.not-found"] = "other-cycle",
        ["cycle.sibling-same-group"] = "relation",
        ["cycle.link-other-place"] = "relation",
        ["cycle.bad-relation"] = "relation",
        [AccessPolicy.ObserverReadOnly] = "other-cycle",
        [AccessPolicy.MembersOnly] = "other-cycle",
    };

    public Task<IActionResult> OnPostLink() => Attempt(async () =>
    {
        if (Relation is not { } relation)
        {
            ModelState.AddModelError("relation", "Select how the other cycle relates to this one.");
            return await Invalid(LoadPage);
        }
        await Grain.Link(OtherCycle ?? "", relation, CallerId);
        var other = await Grains.GetGrain<ILearningCycleGrain>(OtherCycle!).GetSummary();
        return BackToCycle($"This cycle is now linked to “{other.Question}”.");
    }, LoadPage);

    public Task<IActionResult> OnPostUnlink() => Attempt(async () =>
    {
        await Grain.Unlink(OtherCycle ?? "", CallerId);
        return BackToCycle("The link has been removed from both cycles.");
    }, LoadPage);

    private async Task LoadLinks(CycleView view)
    {
        var groups = new Dictionary<string, GroupSummary> { [CycleGroup.Id] = CycleGroup };
        async Task<GroupSummary> GroupOf(string id) => groups.TryGetValue(id, out var g) ? g : groups[id] = await Grains.GetGrain<IGroupGrain>(id).GetSummary();

        var links = new List<LinkedCycle>();
        foreach (var link in view.Links)
        {
            var other = await Grains.GetGrain<ILearningCycleGrain>(link.OtherId).GetSummary();
            links.Add(new LinkedCycle(link, other, await GroupOf(other.GroupId)));
        }
        Links = links;
        if (!view.CanEdit)
            return;
        var linked = view.Links.Select(l => l.OtherId).Append(Id).ToHashSet();
        LinkChoices = await LinkableCycles.For(Grains, CallerId!, linked);
    }
}
