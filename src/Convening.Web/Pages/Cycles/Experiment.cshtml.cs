using Convening.Contracts;
using Convening.Contracts.Cycles;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Cycles;

/// <summary>Plans a new experiment (at /experiments/new) or changes an experiment's plan.</summary>
public sealed class ExperimentModel : CyclePageModel
{
    public const string New = "new";

    [FromRoute] public string ExperimentId { get; set; } = "";

    [BindProperty(Name = "change")] public string? Change { get; set; }
    [BindProperty(Name = "why")] public string? Why { get; set; }
    [BindProperty(Name = "prediction")] public string? Prediction { get; set; }
    [BindProperty(Name = "who")] public string? Who { get; set; }

    public bool IsNew => ExperimentId == New;

    public DateInputModel StartsOn { get; private set; } = null!;
    public DateInputModel EndsOn { get; private set; } = null!;

    protected override IReadOnlyCollection<string> Fields => ["change", "why", "prediction", "who", "starts-on", "ends-on"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>
    {
        ["experiment.ends-before-start"] = "ends-on",
        ["experiment.date-out-of-range"] = "starts-on",
    };

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        var plan = (await LoadExperiment())?.Plan;
        (Change, Why, Prediction, Who) = (plan?.Change, plan?.Why, plan?.Prediction, plan?.Who);
        StartsOn = DateInputModel.Showing("starts-on", StartsLegend, plan?.StartsOn, StartsHint);
        EndsOn = DateInputModel.Showing("ends-on", EndsLegend, plan?.EndsOn);
    });

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await Reload();
        DateOnly? starts = null, ends = null;
        Precheck(() => starts = StartsOn.Read(required: false, "the start date"));
        Precheck(() => ends = EndsOn.Read(required: false, "the end date"));
        if (!ModelState.IsValid)
            return await Invalid(Reload);
        var plan = new ExperimentPlan(Change ?? "", Why ?? "", Prediction ?? "", Who ?? "", starts, ends);
        var experiment = IsNew ? await Grain.AddExperiment(plan, CallerId, RequestId) : await Grain.UpdateExperiment(ExperimentId, plan, CallerId);
        return BackToCycle(IsNew ? $"The experiment “{experiment.Plan.Change}” has been added." : $"The plan for “{experiment.Plan.Change}” has been changed.");
    }, Reload);

    private const string StartsLegend = "When does it start? (optional)";
    private static string StartsHint => $"Charts mark this date. For example, {DateTime.Today.AddDays(14):d M yyyy}";
    private const string EndsLegend = "When does it end? (optional)";

    private async Task Reload()
    {
        await LoadExperiment();
        StartsOn = DateInputModel.Posted(Request.Form, "starts-on", StartsLegend, StartsHint);
        EndsOn = DateInputModel.Posted(Request.Form, "ends-on", EndsLegend);
    }

    private async Task<Experiment?> LoadExperiment()
    {
        await LoadForEditing();
        return IsNew ? null : Cycle.Experiments.FirstOrDefault(e => e.Id == ExperimentId)
            ?? throw ConveningException.NotFound("experiment.not-found", "There is no such experiment in this cycle.");
    }
}
