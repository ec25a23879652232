using Convening.Web.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Account;

/// <summary>Asks to move the account to another address; nothing changes until the link sent there is followed.</summary>
public sealed class ChangeEmailModel : AccountPageModel
{
    [BindProperty(Name = "new-email")] public string? NewEmail { get; set; }
    [BindProperty(Name = "current-password")] public string? CurrentPassword { get; set; }

    protected override IReadOnlyCollection<string> Fields => ["new-email", "current-password"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>
    {
        ["email"] = "new-email",
        ["auth"] = "current-password",
    };

    public string? CurrentEmail => CallerEmail;

    public IActionResult OnGet() => CallerId is null ? Challenge() : Page();

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        if (CallerId is null)
            return Challenge();
        CountAttempt();
        await AccountActions.ChangeEmail(Account(CallerEmail!), CallerEmail!, NewEmail, CurrentPassword, HttpContext, Mail);
        Notify("Check your new address's email", AccountActions.ChangeSent);
        return RedirectToPage("/Account/Security");
    });
}
