using Convening.Contracts;
using Convening.Contracts.Accounts;
using Convening.Web.Edge;
using Convening.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Account;

/// <summary>
/// A person's passkeys: add one (the browser's script fetches the options, asks the authenticator,
/// then submits the form with its answer), see when each was used, remove one.
/// </summary>
public sealed class PasskeysModel : AccountPageModel
{
    [BindProperty(Name = "passkey-name")] public string? Name { get; set; }
    /// <summary>The browser's answer (WebAuthn JSON), filled in by passkeys.mjs.</summary>
    [BindProperty(Name = "credential")] public string? Credential { get; set; }
    /// <summary>Why the browser gave no answer (a DOMException name such as NotAllowedError), filled in by passkeys.mjs.</summary>
    [BindProperty(Name = "browser-error")] public string? BrowserError { get; set; }

    protected override IReadOnlyCollection<string> Fields => ["passkey-name"];

    public IReadOnlyList<PasskeyView> List { get; private set; } = [];
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public Task<IActionResult> OnGet() => Load(LoadList);

    /// <summary>The creation options for the browser, as JSON (the script's first step).</summary>
    public async Task<IActionResult> OnPostBegin()
    {
        try
        {
            Check.Text(Name, "passkey-name", Limits.ShortText);
            return Content(await Account(CallerEmail!).BeginPasskey(HttpContext.Origin()), "application/json");
        }
        catch (ConveningException e)
        {
            return StatusCode(ErrorStatus.For(e.Kind), new { code = e.Code, message = e.Message });
        }
    }

    public Task<IActionResult> OnPostAdd() => Attempt(async () =>
    {
        Check.Text(Name, "passkey-name", Limits.ShortText);
        if (string.IsNullOrEmpty(Credential))
            throw BrowserError == "NotAllowedError"
                ? new ConveningException("passkey.cancelled", "No passkey was made: the request was cancelled or took too long. Try again.")
                : new ConveningException("passkey.no-answer", "Your browser did not make a passkey. Passkeys need JavaScript and a browser or device that supports them.");
        var added = await Account(CallerEmail!).AddPasskey(Name!, Credential);
        if (added.RecoveryCodes.Count == 0)
        {
            Notify($"Passkey '{added.Passkey.Name}' added", "You can use it to sign in on this device.");
            return RedirectToPage();
        }
        RecoveryCodes = added.RecoveryCodes;
        await LoadList();
        return Page();
    }, LoadList);

    public Task<IActionResult> OnPostRemove(string id) => Attempt(async () =>
    {
        await Account(CallerEmail!).RemovePasskey(id ?? "");
        Notify("Passkey removed", "It can no longer be used to sign in to your account.");
        return RedirectToPage();
    }, LoadList);

    private async Task LoadList() => List = await Account(CallerEmail!).Passkeys();
}
