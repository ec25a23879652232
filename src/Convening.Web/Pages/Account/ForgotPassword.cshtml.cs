using Convening.Contracts;
using Convening.Web.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Account;

public sealed class ForgotPasswordModel : AccountPageModel
{
    [BindProperty(Name = "email")] public string? Email { get; set; }

    protected override IReadOnlyCollection<string> Fields => ["email"];

    /// <summary>Set after a request: the same words whether or not the address has an account.</summary>
    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        CountAttempt();
        var email = Check.Email(Email);
        await AccountActions.RequestReset(Grains, email, HttpContext, Mail);
        Sent = true;
        return Page();
    });
}
