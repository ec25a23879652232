using Convening.Contracts;
using Convening.Contracts.Cycles;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Cycles;

/// <summary>Records what happened in an experiment, what the group learnt, and how sure it is.</summary>
public sealed class OutcomeModel : CyclePageModel
{
    [FromRoute] public string ExperimentId { get; set; } = "";

    [BindProperty(Name = "outcome")] public string? WhatHappened { get; set; }
    [BindProperty(Name = "learning")] public string? WhatWeLearnt { get; set; }
    [BindProperty(Name = "confidence")] public Confidence? Confidence { get; set; }

    public Experiment Experiment { get; private set; } = null!;

    public static IReadOnlyList<Choice> Confidences { get; } =
    [
        new(nameof(Contracts.Cycles.Confidence.Low), "Low", "A first sign; we would want to test it again."),
        new(nameof(Contracts.Cycles.Confidence.Medium), "Medium", "It held up, with some doubts."),
        new(nameof(Contracts.Cycles.Confidence.High), "High", "Clear, and it matches what people told us."),
    ];

    protected override IReadOnlyCollection<string> Fields => ["outcome", "learning", "confidence"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } =
        new Dictionary<string, string> { ["experiment.bad-confidence"] = "confidence" };

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        await LoadExperiment();
        (WhatHappened, WhatWeLearnt, Confidence) = (Experiment.Outcome?.WhatHappened, Experiment.Outcome?.WhatWeLearnt, Experiment.Outcome?.Confidence);
    });

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await LoadExperiment();
        Precheck(() => Check.Multiline(WhatHappened, "outcome", CycleLimits.ExperimentTextLength));
        Precheck(() => Check.Multiline(WhatWeLearnt, "learning", CycleLimits.ExperimentTextLength));
        if (Confidence is null)
            ModelState.AddModelError("confidence", "Select how confident you are in what you learnt.");
        if (!ModelState.IsValid)
            return await Invalid(LoadExperiment);
        await Grain.RecordOutcome(ExperimentId, new ExperimentOutcome(WhatHappened!, WhatWeLearnt!, Confidence!.Value), CallerId);
        return BackToCycle($"What happened with “{Experiment.Plan.Change}” has been recorded.");
    }, LoadExperiment);

    private async Task LoadExperiment()
    {
        await LoadForEditing();
        Experiment = Cycle.Experiments.FirstOrDefault(e => e.Id == ExperimentId)
            ?? throw ConveningException.NotFound("experiment.not-found", "There is no such experiment in this cycle.");
    }
}
