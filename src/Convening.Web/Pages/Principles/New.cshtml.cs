using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Principles;
using Convening.Web.Cycles;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Principles;

/// <summary>A steward distils learning into a principle, kept as a draft until published.</summary>
public sealed class NewPrincipleModel : ConveningPageModel
{
    [BindProperty(SupportsGet = true, Name = "place")] public string? Place { get; set; }
    [BindProperty(Name = "statement")] public string? Statement { get; set; }
    [BindProperty(Name = "practice")] public string? Practice { get; set; }
    [BindProperty(Name = "themes")] public string? Themes { get; set; }
    [BindProperty(Name = "evidence")] public string? EvidenceText { get; set; }

    /// <summary>A learning cycle the principle comes from (its Share stage links here): it becomes the evidence.</summary>
    [FromQuery(Name = "cycle")] public string? FromCycle { get; set; }

    protected override IReadOnlyCollection<string> Fields => ["place", "statement", "practice", "themes", "evidence"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>
    {
        ["slug"] = "place", ["place"] = "place", ["principle.not-a-curator"] = "place",
        ["principle.evidence-not-visible"] = "evidence", ["principle.evidence-bad-link"] = "evidence", ["principle.too-much-evidence"] = "evidence",
        ["theme"] = "themes", ["reflection.too-many-themes"] = "themes",
    };

    /// <summary>The places the person can draft principles for.</summary>
    public IReadOnlyList<Choice> Places { get; private set; } = [];

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        await LoadPlaces();
        if (!string.IsNullOrWhiteSpace(FromCycle))
            await FillFromCycle(FromCycle);
    });

    /// <summary>Starts the draft from what a cycle learnt: the cycle as evidence, its Share stage's words as the practice.</summary>
    private async Task FillFromCycle(string cycleId)
    {
        var cycle = await Grains.GetGrain<ILearningCycleGrain>(cycleId).Get(CallerId);
        EvidenceText = $"/cycles/{cycle.Summary.Id}";
        Practice = cycle.Stages.FirstOrDefault(s => s.Stage == CycleStage.Share)?.Output is { Length: > 0 } shared ? shared : null;
        Place ??= cycle.Summary.PlaceSlug;
    }

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        var id = RequestIds.NewId(CallerId, RequestId);
        var themes = (Themes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        await Grains.GetGrain<IPrincipleGrain>(id).Draft(new DraftPrinciple(Place ?? "", Statement ?? "", Practice ?? "", themes, Evidence(EvidenceText)) { RequestId = RequestId }, CallerId);
        Notify("Your principle is saved as a draft", "Publish it to the library when it is ready.");
        return RedirectToPage("/Principles/Show", new { id });
    }, LoadPlaces);

    private async Task LoadPlaces()
    {
        if (CallerId is null)
            throw Contracts.ConveningException.Unauthenticated();
        Places = await CuratedPlaces.For(Grains, CallerId);
    }

    /// <summary>One piece of evidence a line: a cycle or experiment address, a web address, or a shared reflection's address or id.</summary>
    public static IReadOnlyList<Evidence> Evidence(string? text) =>
        [.. (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Contains("/cycles/", StringComparison.OrdinalIgnoreCase) ? Cycle(WorkLinkAddress.Parse(line)!)
                : line.Contains(':', StringComparison.Ordinal) ? new Evidence(EvidenceKind.Link, line, "")
                : new Evidence(EvidenceKind.Reflection, line.Split('/')[^1], ""))];

    private static Evidence Cycle(WorkLink link) =>
        new(link.ExperimentId is null ? EvidenceKind.Cycle : EvidenceKind.Experiment, WorkLinkAddress.Reference(link), "");
}
