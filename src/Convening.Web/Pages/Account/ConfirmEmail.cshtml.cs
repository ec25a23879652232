using Convening.Web.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Account;

/// <summary>
/// The link sent to a new address opens a page with a button, as the verification link does, so
/// that mail scanners which fetch links do not spend it.
/// </summary>
public sealed class ConfirmEmailModel : AccountPageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        CountAttempt();
        var (email, secret) = ReadLink(Token, "change-email");
        var changed = await Account(email).ConfirmEmailChange(secret, Devices.Describe(HttpContext));
        await SignInWithCookie(changed.Session, changed.Email);
        Notify("Your email address has changed", $"Your account's address is now {changed.Email}. Every other browser and app has been signed out.");
        return RedirectToPage("/Account/Security");
    });
}
