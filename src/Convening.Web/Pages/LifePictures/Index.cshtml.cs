using Convening.Contracts;
using Convening.Contracts.LifePictures;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.LifePictures;

/// <summary>The life pictures the signed-in person may open: their own, and those they are a named practitioner of.</summary>
public sealed class IndexModel : ConveningPageModel
{
    public IReadOnlyList<(PictureSummary Summary, bool AsThePerson)> Pictures { get; private set; } = [];

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        var caller = CallerId ?? throw ConveningException.Unauthenticated();
        var shelf = await Grains.GetGrain<ILifePictureShelfGrain>(caller).List(caller);
        var summaries = await Task.WhenAll(shelf.Take(100).Select(e => Grains.GetGrain<ILifePictureGrain>(e.PictureId).Summary(caller)));
        Pictures = [.. summaries.Zip(shelf, (s, e) => (s, e.AsThePerson))];
    });
}
