using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Convening.Web.Cycles;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Cycles;

/// <summary>
/// A learning cycle: anyone sees its question and group; members see its stages, experiments,
/// measures with their charts, demand and linked cycles.
/// </summary>
public sealed partial class CycleModel : CyclePageModel
{
    public CycleSummary Summary { get; private set; } = null!;

    /// <summary>Null for people outside the group, who see only the question and group.</summary>
    public CycleView? View { get; private set; }

    public GroupSummary CycleGroup { get; private set; } = null!;

    public bool SignedIn => CallerId is not null;

    public IReadOnlyList<MeasureChart> Charts { get; private set; } = [];

    /// <summary>The summary table's rows: every measure with its latest value and icons.</summary>
    public IReadOnlyList<MeasureSummary> Summaries => View is null ? [] : [.. Charts.Select(c => new MeasureSummary(View.Summary, c.Measure, c.Chart))];

    public Task<IActionResult> OnGet() => Load(LoadPage);

    public Task<IActionResult> OnPostMove([FromForm(Name = "stage")] CycleStage stage) => Attempt(async () =>
    {
        var view = await Grain.MoveStage(stage, CallerId);
        return BackToCycle($"The cycle has moved to the {Stages.Name(view.Summary.Stage)} stage.");
    }, LoadPage);

    private async Task LoadPage()
    {
        if (!Guid.TryParseExact(Id, "N", out _))
            throw ConveningException.NotFound("cycle.not-found", "There is no such learning cycle.");
        Summary = await Grain.GetSummary();
        CycleGroup = await Grains.GetGrain<IGroupGrain>(Summary.GroupId).GetSummary();
        if (CallerId is null)
            return;
        try
        {
            View = await Grain.Get(CallerId);
        }
        catch (ConveningException e) when (e.Kind == ErrorKind.Forbidden)
        {
            return;
        }
        Charts = [.. View.Measures.Select(m => MeasureChart.For(m, View.Experiments))];
        await LoadLinks(View);
    }
}
