using Convening.Web.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Account;

public sealed class TwoFactorModel : AccountPageModel
{
    [BindProperty(Name = "code")] public string? Code { get; set; }

    protected override IReadOnlyCollection<string> Fields => ["code"];

    public string? Secret { get; private set; }
    public string? AuthenticatorUri => Secret is null ? null : TwoFactor.AuthenticatorUri(CallerEmail!, Secret);
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];
    public bool Required => SecondFactorGate.IsRequired(HttpContext);

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        if (!await Account(CallerEmail!).HasTwoFactor())
            Secret = await Account(CallerEmail!).BeginTwoFactor();
    });

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        RecoveryCodes = await Account(CallerEmail!).ConfirmTwoFactor(Code ?? "");
        return Page();
    }, async () => Secret = await Account(CallerEmail!).BeginTwoFactor());
}
