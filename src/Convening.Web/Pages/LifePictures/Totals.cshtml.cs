using System.Text;
using Convening.Contracts.Funding;
using Convening.Contracts.LifePictures;
using Convening.Contracts.Places;
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

    public Task<IActionResult> OnGet() => Load(Read);

    public async Task<IActionResult> OnGetCsv()
    {
        var page = await Load(Read);
        if (page is not PageResult)
            return page;
        return File(Encoding.UTF8.GetBytes(TotalsCsv.Write(Totals, StreamNames)), "text/csv", $"{Place.Slug}-life-picture-totals.csv");
    }

    private async Task Read()
    {
        Place = await Grains.GetGrain<IPlaceGrain>(Slug).Get();
        Totals = await Grains.GetGrain<ILifePictureTotalsGrain>(Slug).Totals(CallerId);
        StreamNames = (await Grains.GetGrain<IPlaceFundingGrain>(Slug).Get()).Streams.ToDictionary(s => s.Id, s => s.Name);
    }

    public static string Figure(int? people) => people is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Fewer than 5";
}
