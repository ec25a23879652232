using Convening.Web.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Account;

/// <summary>
/// The emailed link opens a page with a button rather than verifying on the GET, so that mail
/// scanners that fetch links do not spend the single-use link.
/// </summary>
public sealed class VerifyModel : AccountPageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        var (email, secret) = ReadLink(Token, "verify");
        await SignInWithCookie(await Account(email).Verify(secret, Devices.Describe(HttpContext)), email);
        Notify("Your email address is confirmed", null);
        return RedirectToPage("/Index");
    });
}
