using Convening.Contracts;
using Convening.Contracts.Accounts;
using Convening.Contracts.Groups;
using Convening.Web.Groups;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Account;

public sealed class SignUpModel : AccountPageModel
{
    [BindProperty(Name = "display-name")] public string? DisplayName { get; set; }
    [BindProperty(Name = "email")] public string? Email { get; set; }
    [BindProperty(Name = "password")] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    protected override IReadOnlyCollection<string> Fields => ["display-name", "email", "password"];

    /// <summary>Coming from an invitation, the address it was sent to is filled in (the link's code is enough to see it).</summary>
    public async Task OnGet()
    {
        if (InvitationCode.FromReturnUrl(ReturnUrl) is not { } code)
            return;
        try
        {
            Email ??= (await Grains.GetGrain<IGroupGrain>(InvitationCode.GroupId(code)).GetInvitation(code)).Email;
        }
        catch (ConveningException)
        {
            // A used or withdrawn invitation fills in nothing; its own page explains why.
        }
    }

    /// <summary>Registers and mails the address (a link, or "you already have an account"); the answer is the same.</summary>
    public async Task<IActionResult> OnPost()
    {
        // Every mistake at once: each field is checked before the account is asked.
        Precheck(() => Check.Text(DisplayName, "display-name", Limits.NameLength));
        Precheck(() => Check.Email(Email));
        Precheck(() => Check.Password(Password));
        if (!ModelState.IsValid)
            return await Invalid(() => Task.CompletedTask);
        return await Register();
    }

    private Task<IActionResult> Register() => Attempt(async () =>
    {
        CountAttempt();
        var email = Check.Email(Email);
        var registration = await Account(email).Register(Password ?? "", DisplayName ?? "");
        await (registration.Outcome == RegistrationOutcome.VerifyAddress
            ? Mail.Verify(Request, email, registration.Secret!)
            : Mail.AlreadyRegistered(Request, email));
        return RedirectToPage("/Account/CheckEmail");
    });
}
