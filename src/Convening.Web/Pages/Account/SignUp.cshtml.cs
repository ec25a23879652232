using Convening.Contracts;
using Convening.Contracts.Accounts;
using Convening.Contracts.Groups;
using Convening.Web.GraphQL.Groups;
using Convening.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Account;

public sealed class SignUpModel : ConveningPageModel
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

    public async Task<IActionResult> OnPost()
    {
        Precheck(() => Check.Text(DisplayName, "display-name", Limits.NameLength));
        Precheck(() => Check.Email(Email));
        Precheck(() => Check.Password(Password));
        if (!ModelState.IsValid)
            return await Invalid(() => Task.CompletedTask);
        return await Register();
    }

    private Task<IActionResult> Register() => Attempt(async () =>
    {
        var email = Check.Email(Email);
        var account = Grains.GetGrain<IAccountGrain>(email);
        var personId = await account.Register(Password ?? "", DisplayName ?? "");
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            SignInPrincipal.For(personId, email, CookieAuthenticationDefaults.AuthenticationScheme));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/profile?welcome=1");
    });
}
