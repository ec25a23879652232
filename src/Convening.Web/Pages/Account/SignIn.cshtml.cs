using Convening.Contracts;
using Convening.Contracts.Accounts;
using Convening.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Account;

public sealed class SignInModel : ConveningPageModel
{
    [BindProperty(Name = "email")] public string? Email { get; set; }
    [BindProperty(Name = "password")] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    protected override IReadOnlyCollection<string> Fields => ["email", "password"];

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        var email = Check.Email(Email);
        var personId = await Grains.GetGrain<IAccountGrain>(email).SignIn(Password ?? "");
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            SignInPrincipal.For(personId, email, CookieAuthenticationDefaults.AuthenticationScheme));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    });
}
