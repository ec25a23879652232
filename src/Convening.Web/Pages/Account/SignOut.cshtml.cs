using Convening.Contracts.Accounts;
using Convening.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Account;

public sealed class SignOutModel : ConveningPageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPost()
    {
        if (User.Email() is { } email && User.SessionId() is { } session)
            await Grains.GetGrain<IAccountGrain>(email).SignOut(session);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToPage("/Index");
    }
}
