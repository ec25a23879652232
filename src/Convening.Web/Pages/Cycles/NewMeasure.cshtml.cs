using Convening.Contracts.Cycles;
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
    ];

    protected override IReadOnlyCollection<string> Fields => ["name", "unit", "better", "description"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } =
        new Dictionary<string, string> { ["measure.name-taken"] = "name" };

    public Task<IActionResult> OnGet() => Load(LoadForEditing);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await LoadForEditing();
        if (Better is not ("lower" or "higher"))
        {
            ModelState.AddModelError("better", "Select whether a higher or a lower value is better.");
            return await Invalid(LoadForEditing);
        }
        var measure = await Grain.AddMeasure(new NewMeasure(Name ?? "", Unit ?? "", Better == "higher", Description ?? ""), CallerId);
        Notify($"The measure “{measure.Name}” has been added. Add its data here.");
        return Redirect($"{CyclePath}/measures/{measure.Id}");
    }, LoadForEditing);
}
