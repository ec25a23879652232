using Convening.Contracts.LifePictures;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.LifePictures;

/// <summary>
/// The person, signed in with their own account, types the code their practitioner gave them: the
/// picture becomes theirs to see, correct, download and withdraw. The code is typed, never carried
/// in an address, so it is in no request log.
/// </summary>
public sealed class ClaimModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";

    [BindProperty(Name = "code")] public string? Code { get; set; }

    protected override IReadOnlyCollection<string> Fields => ["code"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string> { ["picture"] = "code" };

    public IActionResult OnGet() => CallerId is null ? Challenge() : Page();

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await PictureText.Plainly(() => Grains.GetGrain<ILifePictureGrain>(Id).Claim((Code ?? "").Trim().ToLowerInvariant(), CallerId));
        Notify("This life picture is now yours", "You can see it, correct it, download it and withdraw it whenever you like.");
        return RedirectToPage("/LifePictures/Show", new { id = Id });
    });
}
