using Convening.Contracts;
using Convening.Web.GraphQL.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Account;

public sealed class SignInModel : AccountPageModel
{
    [BindProperty(Name = "email")] public string? Email { get; set; }
    [BindProperty(Name = "password")] public string? Password { get; set; }
    [BindProperty(Name = "code")] public string? Code { get; set; }
    /// <summary>Between the password and the second-factor step: the email and password, encrypted for five minutes.</summary>
    [BindProperty(Name = "pending")] public string? Pending { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    protected override IReadOnlyCollection<string> Fields => ["email", "password", "code"];

    /// <summary>Whether an organisation's identity provider is configured (Authentication:OpenIdConnect).</summary>
    public bool External { get; private set; }

    /// <summary>Whether the page asks for the second factor's code.</summary>
    public bool SecondStep { get; private set; }

    public async Task OnGet() => External = await HasExternal();

    /// <summary>Hands over to the organisation's identity provider; it comes back signed in with a cookie.</summary>
    public async Task<IActionResult> OnPostExternal() =>
        await HasExternal()
            ? Challenge(new AuthenticationProperties { RedirectUri = ReturnTo(ReturnUrl) }, OpenIdConnectDefaults.AuthenticationScheme)
            : NotFound();

    private async Task<bool> HasExternal() =>
        await HttpContext.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OpenIdConnectDefaults.AuthenticationScheme) is not null;

    private ITimeLimitedDataProtector PendingProtector =>
        HttpContext.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector("Convening.SignIn.SecondStep").ToTimeLimitedDataProtector();

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        if (Pending is not null)
            (Email, Password, SecondStep) = ReadPending();
        CountAttempt();
        var email = Check.Email(Email);
        try
        {
            var session = await AccountFields.SignIn(Account(email), email, Password ?? "", Code, HttpContext, Mail);
            await SignInWithCookie(session, email);
            return LocalRedirect(ReturnTo(ReturnUrl));
        }
        catch (ConveningException e) when (e.Code is "auth.second-factor-required" or "auth.second-factor-wrong")
        {
            SecondStep = true;
            Pending = PendingProtector.Protect($"{email}\n{Password}", TimeSpan.FromMinutes(5));
            if (e.Code == "auth.second-factor-wrong")
                throw;
            ModelState.Clear();
            return Page();
        }
    }, async () => External = await HasExternal());

    private (string, string, bool) ReadPending()
    {
        try
        {
            var parts = PendingProtector.Unprotect(Pending!).Split('\n', 2);
            return (parts[0], parts[1], true);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            Pending = null;
            throw new ConveningException("auth.second-step-expired", "That took too long. Enter your email address and password again.", ErrorKind.Unauthenticated);
        }
    }
}
