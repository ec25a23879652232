using Convening.Contracts.Accounts;
using Convening.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Account;

/// <summary>Where a person sees the browsers and clients signed in as them, and can sign them all out.</summary>
public sealed class SecurityModel : AccountPageModel
{
    public IReadOnlyList<SessionView> Sessions { get; private set; } = [];
    public string? CurrentSession => User.SessionId();
    public bool TwoFactorOn { get; private set; }
    public int PasskeyCount { get; private set; }
    public string? Email => CallerEmail;

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        var account = Account(CallerEmail!);
        (Sessions, TwoFactorOn, PasskeyCount) = (await account.Sessions(), await account.HasTwoFactor(), (await account.Passkeys()).Count);
    });

    public async Task<IActionResult> OnPostSignOutEverywhere()
    {
        await Account(CallerEmail!).SignOutEverywhere();
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        Notify("You have been signed out everywhere", "Every browser and API token signed in to your account has been signed out, this one included.");
        return RedirectToPage("/Account/SignIn");
    }
}
