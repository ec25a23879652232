using Convening.Contracts.Cycles;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Cycles;

/// <summary>
/// The demand log: frontline staff write down what a person asked for in their own words and
/// whether it was value or failure demand. The weekly failure share is a measure on the cycle.
/// </summary>
public sealed class DemandModel : CyclePageModel
{
    /// <summary>The log shows this many entries, newest first; the API pages through the rest.</summary>
    public const int Shown = 500;

    [BindProperty(Name = "demand")] public string? Words { get; set; }
    [BindProperty(Name = "kind")] public DemandKind? Kind { get; set; }

    public DateInputModel Date { get; private set; } = null!;

    public static IReadOnlyList<Choice> Kinds { get; } =
    [
        new(nameof(DemandKind.Value), "Value demand", "What the service is for: “I need help with my tenancy.”"),
        new(nameof(DemandKind.Failure), "Failure demand", "Caused by not doing something, or not doing it right: “Nobody called me back.”"),
    ];

    protected override IReadOnlyCollection<string> Fields => ["date", "demand", "kind"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>
    {
        ["demand.date-out-of-range"] = "date",
        ["demand.date-in-future"] = "date",
        ["demand.date-too-early"] = "date",
        ["demand.bad-kind"] = "kind",
    };

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        await LoadCycle();
        Date = DateInputModel.Showing("date", DateLegend, DateOnly.FromDateTime(DateTime.Today));
    });

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await Reload();
        DateOnly? date = null;
        Precheck(() => date = Date.Read(required: true, "the date"));
        Precheck(() => Contracts.Check.Multiline(Words, "demand", CycleLimits.DemandWordsLength));
        if (Kind is null)
            ModelState.AddModelError("kind", "Select whether this is value demand or failure demand.");
        if (!ModelState.IsValid)
            return await Invalid(Reload);
        var entry = await Grain.LogDemand(new LogDemand(date!.Value, Words!, Kind!.Value) { RequestId = RequestId }, CallerId);
        Notify($"“{entry.Words}” has been logged as {(entry.Kind == DemandKind.Failure ? "failure" : "value")} demand.");
        return RedirectToPage("/Cycles/Demand", new { id = Id });
    }, Reload);

    private const string DateLegend = "When was it asked?";

    private async Task Reload()
    {
        await LoadCycle();
        Date = DateInputModel.Posted(Request.Form, "date", DateLegend);
    }
}
