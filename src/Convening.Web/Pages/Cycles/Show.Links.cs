using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Cycles;

/// <summary>A linked cycle as the page shows it: the link, the other cycle's summary and its group.</summary>
public sealed record LinkedCycle(CycleLink Link, CycleSummary Other, GroupSummary OtherGroup);

/// <summary>A link waiting for an answer, with the other cycle and its group.</summary>
public sealed record WaitingLink(PendingCycleLink Request, CycleSummary Other, GroupSummary OtherGroup);

public sealed partial class CycleModel
{
    [BindProperty(Name = "other-cycle")] public string? OtherCycle { get; set; }
    [BindProperty(Name = "relation")] public CycleRelation? Relation { get; set; }
    [BindProperty(Name = "cycle-address")] public string? CycleAddress { get; set; }

    public IReadOnlyList<LinkedCycle> Links { get; private set; } = [];

    /// <summary>Links asked of this cycle and by it, waiting for an answer.</summary>
    public IReadOnlyList<WaitingLink> Waiting { get; private set; } = [];

    /// <summary>Cycles of the caller's other groups (in any place) that this one could link to, with their groups' names.</summary>
    public IReadOnlyList<(CycleSummary Cycle, string GroupName)> LinkChoices { get; private set; } = [];

    protected override IReadOnlyCollection<string> Fields => ["other-cycle", "cycle-address", "relation"];

    /// <summary>A problem with the other cycle belongs to the field it was given in.</summary>
    protected override IReadOnlyDictionary<string, string> FieldAliases => string.IsNullOrWhiteSpace(CycleAddress)
        ? LinkAliases
        : LinkAliases.ToDictionary(a => a.Key, a => a.Value == "other-cycle" ? "cycle-address" : a.Value);

    private static readonly Dictionary<string, string> LinkAliases = new()
    {
        ["cycle.already-linked"] = "other-cycle",
        ["cycle.link-already-requested"] = "other-cycle",
        ["cycle.too-many-link-requests"] = "other-cycle",
        ["cycle.too-many-links"] = "other-cycle",
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
        // The other cycle may be given by its address (/cycles/{id}) as well as chosen from a list.
        var given = (string.IsNullOrWhiteSpace(CycleAddress) ? OtherCycle ?? "" : CycleAddress).Trim();
        var otherId = given[..(given.IndexOfAny(['?', '#']) is var end and >= 0 ? end : given.Length)].TrimEnd('/').Split('/')[^1];
        var view = await Grain.Link(otherId, relation, CallerId);
        var other = await Grains.GetGrain<ILearningCycleGrain>(otherId).GetSummary();
        return BackToCycle(view.PendingLinks.Any(p => p.OtherId == otherId)
            ? $"You have asked to link this cycle to “{other.Question}”. Its group’s convenors or its steward will accept or decline."
            : $"This cycle is now linked to “{other.Question}”.");
    }, LoadPage);

    public Task<IActionResult> OnPostAcceptLink() => Attempt(async () =>
    {
        await Grain.AcceptLink(OtherCycle ?? "", CallerId);
        var other = await Grains.GetGrain<ILearningCycleGrain>(OtherCycle!).GetSummary();
        return BackToCycle($"This cycle is now linked to “{other.Question}”.");
    }, LoadPage);

    public Task<IActionResult> OnPostDeclineLink() => Attempt(async () =>
    {
        await Grain.DeclineLink(OtherCycle ?? "", CallerId);
        return BackToCycle("The link request has been declined.");
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
        var waiting = new List<WaitingLink>();
        foreach (var request in view.PendingLinks)
        {
            var other = await Grains.GetGrain<ILearningCycleGrain>(request.OtherId).GetSummary();
            waiting.Add(new WaitingLink(request, other, await GroupOf(other.GroupId)));
        }
        Waiting = waiting;
        if (!view.CanEdit)
            return;
        var linked = view.Links.Select(l => l.OtherId).Concat(view.PendingLinks.Select(p => p.OtherId)).Append(Id).ToHashSet();
        LinkChoices = await LinkableCycles.For(Grains, CallerId!, linked);
    }
}
