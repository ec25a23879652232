using System.Globalization;
using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Web.Cycles;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Cycles;

/// <summary>One measure: its chart, a form for one data point, and a CSV upload that imports all rows or none.</summary>
[RequestSizeLimit(CycleLimits.CsvBytes * 2)]
public sealed partial class MeasureModel : CyclePageModel
{
    [FromRoute] public string MeasureId { get; set; } = "";

    [BindProperty(Name = "value")] public string? Value { get; set; }
    [BindProperty(Name = "csv-file")] public IFormFile? CsvFile { get; set; }

    public Measure Measure { get; private set; } = null!;
    public MeasureChart Chart { get; private set; } = null!;
    public DateInputModel PointDate { get; private set; } = null!;
    public bool CanAddData => Cycle.CanEdit && !Measure.Derived;

    protected override IReadOnlyCollection<string> Fields => ["point-date", "value", "csv-file", "direction", "target", "baseline", "kind", "reason", "settings-reason", "recalculation-reason", "corrected-value", "add-numerator", "add-denominator", "point", "from", "experiment", "decision", "numerator", "denominator"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>
    {
        ["csv"] = "csv-file",
        ["measure.bad-value"] = "value",
        ["measure.date-out-of-range"] = "point-date",
        ["measure.date-in-future"] = "point-date",
        ["measure.date-too-early"] = "point-date",
    };

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        await LoadMeasure();
        PointDate = Today();
    });

    public Task<IActionResult> OnPostPoint() => Attempt(async () =>
    {
        await Reload();
        DateOnly? date = null;
        var value = double.NaN;
        Precheck(() => date = PointDate.Read(required: true, "the date"));
        var proportion = Measure.Settings.Kind is Contracts.Cycles.Spc.ChartKind.P or Contracts.Cycles.Spc.ChartKind.U;
        double? numerator = null, denominator = null;
        if (proportion)
        {
            Precheck(() => numerator = Number(Request.Form["add-numerator"], "add-numerator"));
            Precheck(() => denominator = Number(Request.Form["add-denominator"], "add-denominator"));
        }
        else
            Precheck(() => value = ReadValue());
        if (!ModelState.IsValid)
            return await Invalid(Reload);
        var added = await Grain.AddDataPoints(MeasureId, [new DataPoint(date!.Value, value, numerator, denominator)], CallerId);
        value = added.Points.First(p => p.Date == date!.Value).Value;
        return Done($"{ChartText.Number(value)} on {ChartText.Date(date!.Value)} has been added.");
    }, Reload);

    public Task<IActionResult> OnPostUpload() => Attempt(async () =>
    {
        await Reload();
        if (CsvFile is null || CsvFile.Length == 0)
            throw new ConveningException("csv.empty", "Select a CSV file.");
        if (CsvFile.Length > CycleLimits.CsvBytes)
            throw new ConveningException("csv.too-large", $"The file must be {CycleLimits.CsvBytes / 1024} KB or smaller.");
        using var reader = new StreamReader(CsvFile.OpenReadStream());
        var result = await Grain.ImportCsv(MeasureId, await reader.ReadToEndAsync(), CallerId);
        if (result.ProblemCount == 0)
            return Done($"{result.Imported} rows have been imported from {CsvFile.FileName}.");
        ShowRowReport(result);
        return await Invalid(Reload);
    }, Reload);

    private const string DateLegend = "Date";
    private static string DateHint => $"For example, {DateTime.Today.AddDays(-7):d M yyyy}";

    /// <summary>Every bad row in the error summary, under a first line that says nothing was imported.</summary>
    private void ShowRowReport(CsvImport result)
    {
        ModelState.AddModelError("csv-file", $"{result.ProblemCount} {(result.ProblemCount == 1 ? "row" : "rows")} of the file could not be read, so nothing was imported. Correct them and upload the file again.");
        foreach (var problem in result.Problems)
            ModelState.AddModelError("csv-file", problem.Message);
        if (result.ProblemCount > result.Problems.Count)
            ModelState.AddModelError("csv-file", $"And {result.ProblemCount - result.Problems.Count} more rows.");
    }

    private double ReadValue() =>
        double.TryParse((Value ?? "").Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new ConveningException("value.invalid", "Enter the value as a number, like 12 or 12.5.");

    private IActionResult Done(string message)
    {
        Notify(message);
        return RedirectToPage("/Cycles/Measure", new { id = Id, measureId = MeasureId });
    }

    private async Task Reload()
    {
        await LoadMeasure();
        PointDate = Request.Form.ContainsKey("point-date-day") ? DateInputModel.Posted(Request.Form, "point-date", DateLegend, DateHint) : Today();
    }

    private static DateInputModel Today() => DateInputModel.Showing("point-date", DateLegend, DateOnly.FromDateTime(DateTime.Today), DateHint);

    private async Task LoadMeasure()
    {
        await LoadCycle();
        Measure = Cycle.Measures.FirstOrDefault(m => m.Id == MeasureId)
            ?? throw ConveningException.NotFound("measure.not-found", "There is no such measure in this cycle.");
        Chart = MeasureChart.For(Measure, Cycle.Experiments);
    }
}
