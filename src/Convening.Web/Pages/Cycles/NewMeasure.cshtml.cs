using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Cycles;

public sealed class NewMeasureModel : CyclePageModel
{
    [BindProperty(Name = "name")] public string? Name { get; set; }
    [BindProperty(Name = "unit")] public string? Unit { get; set; }
    [BindProperty(Name = "better")] public string? Better { get; set; }
    [BindProperty(Name = "description")] public string? Description { get; set; }

    public static IReadOnlyList<Choice> Directions { get; } =
    [
        new("lower", "Lower is better", "For example, days waiting, or the share of failure demand."),
        new("higher", "Higher is better", "For example, the share of people who say they were listened to."),
        new("neither", "Neither", "For example, the number of referrals, where a change needs understanding rather than judging."),
    ];

    [BindProperty(Name = "chart")] public string? Chart { get; set; }

    public static IReadOnlyList<Choice> Charts { get; } =
    [
        new("xmr", "A measurement (XmR chart)", "For example, days waiting, or a score."),
        new("p", "A proportion (p-chart)", "You enter how many of how many each time, for example 12 seen within 2 weeks of 40 referred."),
        new("c", "A count (c-chart)", "For example, complaints each week, where each week has about the same chances."),
        new("u", "A rate (u-chart)", "You enter a count and what it is per, for example 3 falls in 1,200 bed days."),
    ];

    protected override IReadOnlyCollection<string> Fields => ["name", "unit", "better", "chart", "description"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } =
        new Dictionary<string, string> { ["measure.name-taken"] = "name" };

    public Task<IActionResult> OnGet() => Load(LoadForEditing);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await LoadForEditing();
        if (Better is not ("lower" or "higher" or "neither"))
            ModelState.AddModelError("better", "Select whether a higher or a lower value is better, or neither.");
        var kind = Chart switch { "p" => ChartKind.P, "c" => ChartKind.C, "u" => ChartKind.U, "xmr" or null or "" => ChartKind.Xmr, _ => (ChartKind?)null };
        if (kind is null)
            ModelState.AddModelError("chart", "Select what kind of number this is.");
        if (!ModelState.IsValid)
            return await Invalid(LoadForEditing);
        var direction = Better switch { "higher" => ImprovementDirection.Increase, "lower" => ImprovementDirection.Decrease, _ => ImprovementDirection.Neither };
        var measure = await Grain.AddMeasure(new NewMeasure(Name ?? "", Unit ?? "", Better == "higher", Description ?? "", direction, kind!.Value) { RequestId = RequestId }, CallerId);
        Notify($"The measure “{measure.Name}” has been added. Add its data here.");
        return RedirectToPage("/Cycles/Measure", new { id = Id, measureId = measure.Id });
    }, LoadForEditing);
}
