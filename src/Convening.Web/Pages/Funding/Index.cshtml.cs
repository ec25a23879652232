using System.Globalization;
using Convening.Contracts;
using Convening.Contracts.Funding;
using Convening.Contracts.Places;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Funding;

/// <summary>
/// A place's funding streams and the unit costs that cash-quantify their services: anyone signed
/// in reads them (public money); its stewards add streams and set prices, each change of price a
/// new version so plans priced earlier keep their price.
/// </summary>
public sealed class IndexModel : ConveningPageModel
{
    [FromRoute] public string Slug { get; set; } = "";

    [BindProperty(Name = "name")] public string? Name { get; set; }
    [BindProperty(Name = "sector")] public string? Sector { get; set; }
    [BindProperty(Name = "cost")] public string? Cost { get; set; }
    [BindProperty(Name = "service")] public string? Service { get; set; }
    [BindProperty(Name = "unit")] public string? Unit { get; set; }
    [BindProperty(Name = "price")] public string? Price { get; set; }

    public PlaceView Place { get; private set; } = null!;
    public FundingView Funding { get; private set; } = null!;
    public bool IsSteward => AccessPolicy.IsSteward(Place, CallerId);

    protected override IReadOnlyCollection<string> Fields => ["name", "sector", "cost", "service", "unit", "price"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>
    {
        ["pence"] = "price", ["funding.amount-out-of-range"] = "price", ["funding.stream-exists"] = "name",
        ["funding.stream-not-found"] = "cost", ["funding.unit-cost-not-found"] = "cost", ["funding.too-many-unit-costs"] = "cost",
    };

    public Task<IActionResult> OnGet() => Load(Read);

    public Task<IActionResult> OnPostDefaults() => Change(g => g.UseRightToControlDefaults(CallerId), "The six Right to Control funding streams are set up, with example prices");

    public Task<IActionResult> OnPostStream() => Change(g => g.SaveStream(new SaveFundingStream(null, Name ?? "", Sector ?? ""), CallerId), $"{Name?.Trim()} is added");

    public Task<IActionResult> OnPostPrice() => Attempt(async () =>
    {
        await Read();
        var (streamId, costId) = (Cost ?? "").Split('/') is [var s, var c] ? (s, c) : ("", "");
        var existing = Funding.Streams.FirstOrDefault(x => x.Id == streamId)?.UnitCosts.FirstOrDefault(x => x.Id == costId);
        if (!decimal.TryParse(Price?.Trim().TrimStart('£'), NumberStyles.Number, CultureInfo.InvariantCulture, out var pounds) || decimal.Round(pounds, 2) != pounds)
            ModelState.AddModelError("price", "Enter the price in pounds and pence, like 12.50");
        if (streamId.Length == 0)
            ModelState.AddModelError("cost", "Choose a service to price, or a stream to add one to");
        if (!ModelState.IsValid)
            return await Invalid(Read);
        var service = string.IsNullOrWhiteSpace(Service) ? existing?.Service ?? "" : Service;
        var unit = string.IsNullOrWhiteSpace(Unit) ? existing?.Unit ?? "" : Unit;
        await Grain.SetUnitCost(new SetUnitCost(streamId, costId.Length == 0 ? null : costId, service, unit, (long)(Math.Clamp(pounds, -1_000_000_000m, 1_000_000_000m) * 100)), CallerId);
        Notify($"{service.Trim()} is priced at {Money(pounds)} per {unit.Trim()}");
        return RedirectToPage("/Funding/Index", new { slug = Slug });
    }, Read);

    private Task<IActionResult> Change(Func<IPlaceFundingGrain, Task<FundingView>> change, string done) => Attempt(async () =>
    {
        await Read();
        await change(Grain);
        Notify(done);
        return RedirectToPage("/Funding/Index", new { slug = Slug });
    }, Read);

    private IPlaceFundingGrain Grain => Grains.GetGrain<IPlaceFundingGrain>(Slug);

    private async Task Read()
    {
        if (CallerId is null)
            throw ConveningException.Unauthenticated();
        Place = await Grains.GetGrain<IPlaceGrain>(Slug).Get();
        Funding = await Grain.Get();
    }

    public static string Money(decimal pounds) => pounds.ToString("£#,##0.00", CultureInfo.InvariantCulture);

    public static string Money(long pence) => Money(pence / 100m);
}
