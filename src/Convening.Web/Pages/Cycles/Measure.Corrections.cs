using System.Globalization;
using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;
using Convening.Web.Cycles;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Cycles;

/// <summary>The measure page's forms that change how the chart is drawn, record a recalculation, or correct a point; each asks why.</summary>
public sealed partial class MeasureModel
{
    [BindProperty(Name = "direction")] public string? Direction { get; set; }
    [BindProperty(Name = "target")] public string? Target { get; set; }
    [BindProperty(Name = "baseline")] public string? Baseline { get; set; }
    [BindProperty(Name = "screen")] public string? Screen { get; set; }
    [BindProperty(Name = "kind")] public string? Kind { get; set; }
    [BindProperty(Name = "reason")] public string? Reason { get; set; }
    [BindProperty(Name = "settings-reason")] public string? SettingsReason { get; set; }
    [BindProperty(Name = "recalculation-reason")] public string? RecalculationReason { get; set; }
    [BindProperty(Name = "corrected-value")] public string? CorrectedValue { get; set; }
    [BindProperty(Name = "point")] public string? PointToChange { get; set; }
    [BindProperty(Name = "experiment")] public string? ExperimentId { get; set; }
    [BindProperty(Name = "decision")] public string? Decision { get; set; }

    public static IReadOnlyList<Choice> Directions { get; } =
    [
        new("Decrease", "Lower is better"),
        new("Increase", "Higher is better"),
        new("Neither", "Neither"),
    ];

    public static IReadOnlyList<Choice> Kinds { get; } =
    [
        new("Xmr", "XmR chart (a measurement)"),
        new("C", "c-chart (a count)"),
        new("P", "p-chart (a proportion: numerator of denominator)"),
        new("U", "u-chart (a rate: count per denominator)"),
    ];

    public IReadOnlyList<Choice> PointChoices => [.. Measure.Points.Select(p => new Choice(p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"{ChartText.Date(p.Date)}: {ChartText.Number(p.Value)}"))];

    public IReadOnlyList<Choice> ExperimentChoices => [new("", "None: a decision (describe it below)"), .. Cycle.Experiments.Select(e => new Choice(e.Id, e.Plan.Change))];

    public Task<IActionResult> OnPostSettings() => Attempt(async () =>
    {
        await Reload();
        var settings = new MeasureSettings(
            Enum.TryParse<ImprovementDirection>(Direction, out var d) ? d : throw new ConveningException("measure.bad-direction", "Select which way is better.") { Field = "direction" },
            string.IsNullOrWhiteSpace(Target) ? null : Number(Target, "target"),
            string.IsNullOrWhiteSpace(Baseline) ? SpcSettings.DefaultBaseline : (int)Number(Baseline, "baseline"),
            Screen != "off",
            Enum.TryParse<ChartKind>(Kind, out var k) ? k : throw new ConveningException("measure.bad-kind", "Select a kind of chart.") { Field = "kind" });
        await Grain.EditMeasure(MeasureId, new EditMeasure(Measure.Name, Measure.Unit, Measure.Description, settings, SettingsReason ?? ""), CallerId);
        return Done("The chart settings have been saved.");
    }, Reload);

    public Task<IActionResult> OnPostRecalculate() => Attempt(async () =>
    {
        await Reload();
        var from = DateInputModel.Posted(Request.Form, "from", "First date of the new period", DateHint).Read(required: true, "the first date of the new period")!.Value;
        await Grain.Recalculate(MeasureId, new Recalculate(from, RecalculationReason ?? "", string.IsNullOrEmpty(ExperimentId) ? null : ExperimentId, Decision), CallerId);
        return Done($"The limits are recalculated from {ChartText.Date(from)}.");
    }, Reload);

    public Task<IActionResult> OnPostCorrect() => Attempt(async () =>
    {
        await Reload();
        var date = PointDateOf();
        await Grain.CorrectDataPoint(MeasureId, date, ReadPoint(date), Reason ?? "", CallerId);
        return Done($"The value for {ChartText.Date(date)} has been corrected.");
    }, Reload);

    public Task<IActionResult> OnPostRemovePoint() => Attempt(async () =>
    {
        await Reload();
        var date = PointDateOf();
        await Grain.RemoveDataPoint(MeasureId, date, Reason ?? "", CallerId);
        return Done($"The value for {ChartText.Date(date)} has been removed.");
    }, Reload);

    private DateOnly PointDateOf() =>
        DateOnly.TryParseExact(PointToChange, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ConveningException("point.required", "Select the point to change.") { Field = "point" };

    private DataPoint ReadPoint(DateOnly date) => Measure.Settings.Kind is ChartKind.P or ChartKind.U
        ? new DataPoint(date, double.NaN, Number(Request.Form["numerator"], "numerator"), Number(Request.Form["denominator"], "denominator"))
        : new DataPoint(date, Number(CorrectedValue, "corrected-value"));

    private static double Number(string? text, string field) =>
        double.TryParse((text ?? "").Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new ConveningException($"{field}.invalid", $"Enter the {field} as a number, like 12 or 12.5.") { Field = field };
}
