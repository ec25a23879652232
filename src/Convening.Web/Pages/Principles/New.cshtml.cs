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

    protected override IReadOnlyCollection<string> Fields => ["place", "statement", "practice", "themes", "evidence"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>
    {
        ["slug"] = "place", ["place"] = "place", ["principle.not-a-curator"] = "place",
        ["principle.evidence-not-visible"] = "evidence", ["principle.evidence-bad-link"] = "evidence", ["principle.too-much-evidence"] = "evidence",
        ["theme"] = "themes", ["reflection.too-many-themes"] = "themes",
    };

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        var id = Guid.NewGuid().ToString("N");
        var themes = (Themes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        await Grains.GetGrain<IPrincipleGrain>(id).Draft(new DraftPrinciple(Place ?? "", Statement ?? "", Practice ?? "", themes, Evidence(EvidenceText)), CallerId);
        Notify("Your principle is saved as a draft", "Publish it to the library when it is ready.");
        return Redirect($"/principles/{id}");
    });

    /// <summary>One piece of evidence a line: a cycle or experiment address, a web address, or a shared reflection's address or id.</summary>
    public static IReadOnlyList<Evidence> Evidence(string? text) =>
        [.. (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Contains("/cycles/", StringComparison.OrdinalIgnoreCase) ? Cycle(WorkLinkAddress.Parse(line)!)
                : line.Contains(':', StringComparison.Ordinal) ? new Evidence(EvidenceKind.Link, line, "")
                : new Evidence(EvidenceKind.Reflection, line.Split('/')[^1], ""))];

    private static Evidence Cycle(WorkLink link) =>
        new(link.ExperimentId is null ? EvidenceKind.Cycle : EvidenceKind.Experiment, WorkLinkAddress.Reference(link), "");
}
