using Convening.Contracts;
using Convening.Contracts.Accounts;
using Convening.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Account;

public sealed class SignInModel : ConveningPageModel
{
    [BindProperty(Name = "email")] public string? Email { get; set; }
    [BindProperty(Name = "password")] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    protected override IReadOnlyCollection<string> Fields => ["email", "password"];

    /// <summary>Whether an organisation's identity provider is configured (Authentication:OpenIdConnect).</summary>
    public bool External { get; private set; }

    public async Task OnGet() => External = await HasExternal();

    /// <summary>Hands over to the organisation's identity provider; it comes back signed in with a cookie.</summary>
    public async Task<IActionResult> OnPostExternal() =>
        await HasExternal()
            ? Challenge(new AuthenticationProperties { RedirectUri = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/" }, OpenIdConnectDefaults.AuthenticationScheme)
            : NotFound();

    private async Task<bool> HasExternal() =>
        await HttpContext.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OpenIdConnectDefaults.AuthenticationScheme) is not null;

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        var email = Check.Email(Email);
        var personId = await Grains.GetGrain<IAccountGrain>(email).SignIn(Password ?? "");
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            SignInPrincipal.For(personId, email, CookieAuthenticationDefaults.AuthenticationScheme));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }, async () => External = await HasExternal());
}
