using Convening.Contracts;
using Convening.Contracts.Cycles;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Cycles;

/// <summary>One stage of a cycle: what it is for and what it produced, which members record here.</summary>
public sealed class StageModel : CyclePageModel
{
    [FromRoute(Name = "stage")] public string StageSlug { get; set; } = "";

    [BindProperty(Name = "output")] public string? Output { get; set; }

    public StageView Stage { get; private set; } = null!;

    protected override IReadOnlyCollection<string> Fields => ["output"];

    public Task<IActionResult> OnGet() => Load(LoadStage);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await LoadStage();
        await Grain.RecordStageOutput(Stage.Stage, Output ?? "", CallerId);
        return BackToCycle($"What the {Stages.Name(Stage.Stage)} stage produced has been saved.");
    }, LoadStage);

    private async Task LoadStage()
    {
        await LoadCycle();
        Stage = Cycle.Stages.FirstOrDefault(s => Stages.Slug(s.Stage) == StageSlug)
            ?? throw ConveningException.NotFound("cycle.bad-stage", "There is no such stage.");
    }
}
