using Convening.Contracts;
using Convening.Contracts.Accounts;
using Convening.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Convening.Web.Pages.Account;

/// <summary>What the account pages share: the limiter, the account mail and cookie sign-in.</summary>
public abstract class AccountPageModel : ConveningPageModel
{
    protected AccountMail Mail => HttpContext.RequestServices.GetRequiredService<AccountMail>();

    /// <summary>Counts a sign-in, registration or reset attempt against the network address's limit.</summary>
    protected void CountAttempt() => HttpContext.RequestServices.GetRequiredService<SignInLimiter>().Attempt(HttpContext);

    protected IAccountGrain Account(string email) => Grains.GetGrain<IAccountGrain>(email);

    protected Task SignInWithCookie(SignedIn session, string email) =>
        HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            SignInPrincipal.For(session, email, CookieAuthenticationDefaults.AuthenticationScheme));

    protected (string Email, string Secret) ReadLink(string? token, string purpose) =>
        Mail.Read(token, purpose) ?? throw new ConveningException("account.link-invalid", "That link is not one we sent, or it was changed. Ask for a new one.", ErrorKind.Forbidden);

    protected string ReturnTo(string? returnUrl, string otherwise = "/") => Url.IsLocalUrl(returnUrl) ? returnUrl! : otherwise;
}
