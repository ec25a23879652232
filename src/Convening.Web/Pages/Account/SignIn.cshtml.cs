using Convening.Contracts;
using Convening.Contracts.Accounts;
using Convening.Web.Edge;
using Convening.Web.Identity;
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
    /// <summary>The passkey ceremony's id and the browser's answer (WebAuthn JSON), filled in by passkeys.mjs.</summary>
    [BindProperty(Name = "ceremony")] public string? Ceremony { get; set; }
    [BindProperty(Name = "credential")] public string? Credential { get; set; }
    [BindProperty(Name = "browser-error")] public string? BrowserError { get; set; }

    protected override IReadOnlyCollection<string> Fields => ["email", "password", "code"];

    /// <summary>Whether an organisation's identity provider is configured (Authentication:OpenIdConnect).</summary>
    public bool External { get; private set; }

    /// <summary>Whether the page asks for the second factor's code.</summary>
    public bool SecondStep { get; private set; }

    /// <summary>At the second step: whether the account has passkeys (the page offers one) and an authenticator app (it asks for its code).</summary>
    public (bool Passkeys, bool App) SecondFactors { get; private set; } = (false, true);

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
            var session = await AccountActions.SignIn(Account(email), email, Password ?? "", Code, HttpContext, Mail);
            await SignInWithCookie(session, email);
            return LocalRedirect(ReturnTo(ReturnUrl));
        }
        catch (ConveningException e) when (e.Code is "auth.second-factor-required" or "auth.second-factor-wrong")
        {
            SecondStep = true;
            Pending = PendingProtector.Protect($"{email}\n{Password}", TimeSpan.FromMinutes(5));
            await FindSecondFactors(email);
            if (e.Code == "auth.second-factor-wrong")
                throw;
            ModelState.Clear();
            return Page();
        }
    }, async () => External = await HasExternal());

    /// <summary>A new passkey ceremony: its id and the request options for the browser, as JSON (the script's first step).</summary>
    public async Task<IActionResult> OnPostPasskeyBegin()
    {
        var ceremony = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var options = await Grains.GetGrain<IPasskeySignInGrain>(ceremony).Begin(HttpContext.Origin());
        return Content($"{{\"ceremony\":\"{ceremony}\",\"options\":{options}}}", "application/json");
    }

    /// <summary>
    /// Signs in with a passkey: on its own, or as the second step after the password, where it
    /// must be a passkey of the account whose password was given.
    /// </summary>
    public Task<IActionResult> OnPostPasskey()
    {
        string? pendingEmail = null;
        return Attempt(async () =>
        {
            if (Pending is not null)
                (pendingEmail, _, SecondStep) = ReadPending();
            if (string.IsNullOrEmpty(Credential) || string.IsNullOrEmpty(Ceremony) || Ceremony.Length > 64)
                throw BrowserError == "NotAllowedError"
                    ? new ConveningException("passkey.cancelled", "Signing in with a passkey was cancelled or took too long. Try again, or use your password.", ErrorKind.Unauthenticated)
                    : new ConveningException("passkey.no-answer", "Your browser did not use a passkey. Passkeys need JavaScript and a browser or device that supports them.", ErrorKind.Unauthenticated);
            CountAttempt();
            var signedIn = await Grains.GetGrain<IPasskeySignInGrain>(Ceremony).Finish(Credential, Devices.Describe(HttpContext));
            if (pendingEmail is not null && signedIn.Email != pendingEmail)
            {
                await Account(signedIn.Email).SignOut(signedIn.Session.SessionId);
                throw new ConveningException("passkey.other-account", "That passkey belongs to another account. Use the passkey for the address you entered.", ErrorKind.Unauthenticated);
            }
            await SignInWithCookie(signedIn.Session, signedIn.Email);
            return LocalRedirect(ReturnTo(ReturnUrl));
        }, async () =>
        {
            External = await HasExternal();
            if (SecondStep && pendingEmail is not null)
                await FindSecondFactors(pendingEmail);
        });
    }

    /// <summary>Asked only once the password was right, so it tells nothing to someone guessing.</summary>
    private async Task FindSecondFactors(string email) =>
        SecondFactors = ((await Account(email).Passkeys()).Count > 0, await Account(email).HasTwoFactor());

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
