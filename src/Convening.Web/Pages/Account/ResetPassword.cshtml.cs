using Convening.Web.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Account;

public sealed class ResetPasswordModel : AccountPageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty(Name = "password")] public string? Password { get; set; }

    protected override IReadOnlyCollection<string> Fields => ["password"];

    public void OnGet()
    {
    }

    /// <summary>Sets the new password; every other session ends, and this browser is signed in.</summary>
    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        CountAttempt();
        var (email, secret) = ReadLink(Token, "reset");
        await SignInWithCookie(await Account(email).ResetPassword(secret, Password ?? "", Devices.Describe(HttpContext)), email);
        Notify("Your password has been changed", "You have been signed out everywhere else.");
        return RedirectToPage("/Index");
    });
}
