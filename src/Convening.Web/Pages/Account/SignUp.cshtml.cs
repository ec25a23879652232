using Convening.Contracts;
using Convening.Contracts.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Account;

public sealed class SignUpModel : AccountPageModel
{
    [BindProperty(Name = "display-name")] public string? DisplayName { get; set; }
    [BindProperty(Name = "email")] public string? Email { get; set; }
    [BindProperty(Name = "password")] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    protected override IReadOnlyCollection<string> Fields => ["display-name", "email", "password"];

    public void OnGet()
    {
    }

    /// <summary>Registers and mails the address (a link, or "you already have an account"); the answer is the same.</summary>
    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        CountAttempt();
        var email = Check.Email(Email);
        var registration = await Account(email).Register(Password ?? "", DisplayName ?? "");
        await (registration.Outcome == RegistrationOutcome.VerifyAddress
            ? Mail.Verify(Request, email, registration.Secret!)
            : Mail.AlreadyRegistered(Request, email));
        return RedirectToPage("CheckEmail");
    });
}
