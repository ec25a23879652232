using System.Text;
using Convening.Contracts.Funding;
using Convening.Contracts.LifePictures;
using Convening.Contracts.Places;
using Convening.Contracts.SupportPlans;
using Convening.Web.LifePictures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Convening.Web.Pages.LifePictures;

/// <summary>A place's life pictures added up, for its commissioners only; CSV of the same tables.</summary>
public sealed class TotalsModel : ConveningPageModel
{
    [FromRoute] public string Slug { get; set; } = "";

    public PlaceView Place { get; private set; } = null!;
    public PlaceTotals Totals { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> StreamNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>The streams chosen for the Venn (none: the three most drawn on).</summary>
    [FromQuery(Name = "venn")] public List<string> VennStreams { get; set; } = [];

    public FundingOverlaps Overlaps { get; private set; } = null!;

    public IReadOnlyList<GapMatch> DirectoryMatches { get; private set; } = [];

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        await Read();
        DirectoryMatches = await GapMatches.Find(HttpContext.RequestServices.GetRequiredService<Convening.Web.OrganisationDirectory.DirectorySearch>(), Slug, Totals);
    });

    public async Task<IActionResult> OnGetCsv()
    {
        var page = await Load(Read);
        if (page is not PageResult)
            return page;
        return File(Encoding.UTF8.GetBytes(TotalsCsv.Write(Totals, StreamNames)), "text/csv", $"{Place.Slug}-life-picture-totals.csv");
    }

    /// <summary>The Venn of the chosen streams as CSV, the same figures as its table.</summary>
    public async Task<IActionResult> OnGetVennCsv()
    {
        var page = await Load(Read);
        if (page is not PageResult)
            return page;
        if (Overlaps.Venn is null)
            return BadRequest(Overlaps.VennError ?? "");
        return File(Encoding.UTF8.GetBytes(TotalsCsv.WriteVenn(Overlaps)), "text/csv", $"{Place.Slug}-funding-venn.csv");
    }

    /// <summary>The support plans' table by stream as CSV, hidden where the page hides it.</summary>
    public async Task<IActionResult> OnGetPlanCsv()
    {
        PlanTotals? plans = null;
        var page = await Load(async () =>
        {
            Place = await Grains.GetGrain<IPlaceGrain>(Slug).Get();
            plans = await Grains.GetGrain<ISupportPlanTotalsGrain>(Slug).Totals(CallerId);
            StreamNames = (await Grains.GetGrain<IPlaceFundingGrain>(Slug).Get()).Streams.ToDictionary(s => s.Id, s => s.Name);
        });
        return plans is null ? page : File(Encoding.UTF8.GetBytes(TotalsCsv.WritePlans(plans, StreamNames)), "text/csv", $"{Place.Slug}-support-plan-totals.csv");
    }

    private async Task Read()
    {
        Place = await Grains.GetGrain<IPlaceGrain>(Slug).Get();
        Totals = await Grains.GetGrain<ILifePictureTotalsGrain>(Slug).Totals(CallerId);
        StreamNames = (await Grains.GetGrain<IPlaceFundingGrain>(Slug).Get()).Streams.ToDictionary(s => s.Id, s => s.Name);
        Overlaps = await FundingOverlaps.Load(Grains, Slug, CallerId, Totals, StreamNames, VennStreams);
    }

    public static Microsoft.AspNetCore.Html.IHtmlContent Figure(int? people) => HiddenFigure.Cell(people);
}
