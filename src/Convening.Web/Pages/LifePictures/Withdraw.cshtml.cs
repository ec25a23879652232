using Convening.Contracts.LifePictures;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.LifePictures;

/// <summary>Withdrawing consent: every version is erased and the person leaves the totals; the record of who saw it stays.</summary>
public sealed class WithdrawModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";

    public PictureSummary Picture { get; private set; } = null!;

    public Task<IActionResult> OnGet() => Load(Read);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await Read();
        await Grain.Withdraw(CallerId);
        Notify("The life picture is withdrawn", "Everything in it has been erased and it no longer counts in any totals. The record of who opened it is kept for the person.");
        return RedirectToPage("/LifePictures/Index");
    }, Read);

    private async Task Read()
    {
        Picture = await Grain.Summary(CallerId);
        if (Picture.Withdrawn)
            throw Contracts.ConveningException.NotFound("picture.withdrawn", "This picture was already withdrawn.");
    }

    private ILifePictureGrain Grain => Grains.GetGrain<ILifePictureGrain>(Id);
}
