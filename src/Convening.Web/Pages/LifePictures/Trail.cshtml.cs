using Convening.Contracts.LifePictures;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.LifePictures;

/// <summary>
/// The person's own view of their picture's record of who saw and changed it: what is kept for them once the
/// picture is erased or withdrawn (decision 0050). Only the person; the grain refuses everyone else. No content.
/// </summary>
public sealed class TrailModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";

    public PersonsTrail Trail { get; private set; } = null!;

    public Task<IActionResult> OnGet() => Load(async () => Trail = await Grains.GetGrain<ILifePictureGrain>(Id).PersonsTrail(CallerId));
}
