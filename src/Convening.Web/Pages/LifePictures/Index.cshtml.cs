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
        var summaries = await Task.WhenAll(shelf.Take(100).Select(e => Summary(e, caller)));
        Pictures = [.. summaries.Zip(shelf).Where(x => x.First is not null).Select(x => (x.First!, x.Second.AsThePerson))];
    });

    /// <summary>A picture the caller can no longer open (they left the place) is left out, not an error for the whole list.</summary>
    private async Task<PictureSummary?> Summary(ShelfEntry entry, string caller)
    {
        try
        {
            return await Grains.GetGrain<ILifePictureGrain>(entry.PictureId).Summary(caller);
        }
        catch (ConveningException e) when (e.Code == AccessPolicy.PictureNotShared)
        {
            return null;
        }
    }
}
