using Convening.Contracts;
using Convening.Contracts.LifePictures;
using Convening.Contracts.SupportPlans;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.SupportPlans;

/// <summary>One part of a support plan: its streams, its services, its goals' streams, or who keeps savings.</summary>
public sealed class SectionModel : PlanPageModel
{
    [FromRoute] public string Section { get; set; } = "";

    [BindProperty(Name = "savings")] public string? SavingsPicked { get; set; }
    [BindProperty(Name = "new-service")] public string? NewService { get; set; }
    [BindProperty(Name = "new-quantity")] public string? NewQuantity { get; set; }
    [BindProperty(Name = "new-cash")] public string? NewCash { get; set; }
    [BindProperty(Name = "line")] public string? Line { get; set; }

    /// <summary>Field names as the grain's errors name them, to the inputs on this page.</summary>
    private readonly Dictionary<string, string> _fields = [];

    protected override IReadOnlyCollection<string> Fields =>
        [.. Funding?.Streams.SelectMany(s => new[] { $"amount-{s.Id}", $"pays-for-{s.Id}" }) ?? [],
         .. Plan?.Services.SelectMany(s => new[] { $"quantity-{s.Line.Id}", $"cash-{s.Line.Id}" }) ?? [],
         "new-service", "new-quantity", "new-cash", "savings", "streams", "services", "outcomes"];

    protected override string FieldFor(ConveningException e) =>
        e.Field is { } at && _fields.TryGetValue(at, out var field) ? field : base.FieldFor(e);

    public Task<IActionResult> OnGet() => Sections.Contains(Section) ? Load(LoadPlan) : Task.FromResult<IActionResult>(NotFound());

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        if (!Sections.Contains(Section))
            return NotFound();
        await LoadPlan();
        var command = Section switch
        {
            Streams => WithStreams(),
            Services => WithNewService(),
            Outcomes => WithOutcomes(),
            _ => WithSavings(),
        };
        if (command is null || !ModelState.IsValid)
            return await Invalid(LoadPlan);
        await Grain.Save(command, CallerId);
        Notify($"{Title(Section)}: saved");
        return Section == Services ? RedirectToPage("/SupportPlans/Section", new { id = Id, section = Services }) : RedirectToPage("/SupportPlans/Index", new { id = Id });
    }, LoadPlan);

    /// <summary>Takes one service out of the plan (the button names it).</summary>
    public Task<IActionResult> OnPostRemove() => Attempt(async () =>
    {
        await LoadPlan();
        var current = Current();
        await Grain.Save(current with { Services = [.. current.Services.Where(s => s.Id != Line)] }, CallerId);
        return RedirectToPage("/SupportPlans/Section", new { id = Id, section = Services });
    }, LoadPlan);

    private SavePlan? WithStreams()
    {
        var streams = new List<PlanStream>();
        foreach (var stream in Funding.Streams)
        {
            var typed = Request.Form[$"amount-{stream.Id}"].ToString();
            if (typed.Trim().Length == 0)
                continue;
            if (Pence(typed) is not { } pence)
            {
                ModelState.AddModelError($"amount-{stream.Id}", $"Enter what {stream.Name} puts in, in pounds, like 1200 or 1200.50");
                continue;
            }
            _fields[$"streams[{streams.Count}].amount"] = $"amount-{stream.Id}";
            streams.Add(new PlanStream(stream.Id, pence, Request.Form[$"pays-for-{stream.Id}"].ToString()));
        }
        var kept = streams.Select(s => s.StreamId).ToHashSet();
        var current = Current();
        // Services and goals paid by a stream taken out of the plan go with it.
        return current with
        {
            Streams = streams,
            Services = [.. current.Services.Where(s => kept.Contains(s.StreamId))],
            Outcomes = [.. current.Outcomes.Select(o => o with { StreamIds = [.. o.StreamIds.Where(kept.Contains)] })],
        };
    }

    private SavePlan? WithNewService()
    {
        var current = Current();
        var lines = current.Services.Select((s, i) =>
        {
            _fields[$"services[{i}].quantity"] = $"quantity-{s.Id}";
            var quantity = int.TryParse(Request.Form[$"quantity-{s.Id}"], out var q) ? q : -1;
            if (quantity < 0)
                ModelState.AddModelError($"quantity-{s.Id}", "Enter how many, as a whole number");
            return s with { Quantity = quantity, Cash = CashOf(Request.Form[$"cash-{s.Id}"]) ?? s.Cash };
        }).ToList();
        if (!string.IsNullOrEmpty(NewService))
        {
            var (stream, cost) = NewService.Split('/') is [var s, var c] ? (s, c) : ("", "");
            _fields[$"services[{lines.Count}].quantity"] = "new-quantity";
            _fields[$"services[{lines.Count}]"] = "new-service";
            if (!int.TryParse(NewQuantity, out var quantity))
                ModelState.AddModelError("new-quantity", "Enter how many, as a whole number");
            lines.Add(new PlanServiceChoice(null, stream, cost, quantity, CashOf(NewCash) ?? CashChoice.NotOffered));
        }
        return current with { Services = lines };
    }

    private SavePlan WithOutcomes()
    {
        var current = Current();
        return current with
        {
            Outcomes = [.. Plan.Goals.Select(g => new PlanOutcome(g.Area, [.. Request.Form[$"outcome-{g.Area}"].OfType<string>()]))],
        };
    }

    private SavePlan? WithSavings()
    {
        if (!Enum.TryParse<SavingsChoice>(SavingsPicked, out var savings) || !Enum.IsDefined(savings) || savings == SavingsChoice.NotDecided)
        {
            ModelState.AddModelError("savings", "Choose who keeps any savings");
            return null;
        }
        return Current() with { Savings = savings };
    }

    private static CashChoice? CashOf(string? value) => Enum.TryParse<CashChoice>(value, out var cash) && Enum.IsDefined(cash) ? cash : null;

    public IReadOnlyList<Choice> CashChoices =>
        [new(nameof(CashChoice.NotOffered), "Not offered"), new(nameof(CashChoice.OfferedNotTaken), "Offered; they chose the service"), new(nameof(CashChoice.Taken), "Taken: they have the cash instead")];

    public string Typed(string name, string saved) => Posted() ? Request.Form[name].ToString() : saved;

    public LifeArea[] GoalAreas => [.. Plan.Goals.Select(g => g.Area)];
}
