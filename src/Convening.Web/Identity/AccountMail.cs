using Convening.Contracts.Mail;
using Convening.Web.Edge;
using Convening.Web.Mail;
using Microsoft.AspNetCore.DataProtection;

namespace Convening.Web.Identity;

/// <summary>
/// The account emails: what they say and the links they carry. A link holds the address and the
/// account's single-use secret, encrypted by data protection so the address is not readable in
/// logs; the account grain decides whether the secret is still good. Nothing else is in the mail.
/// </summary>
public sealed class AccountMail(MailQueue mail, IDataProtectionProvider protection)
{
    public const string VerifyPath = "/account/verify";
    public const string ResetPath = "/account/reset-password";
    public const string ConfirmEmailPath = "/account/confirm-email";

    private readonly IDataProtector _links = protection.CreateProtector("Convening.AccountLinks");

    public Task Verify(HttpRequest request, string email, string secret) => mail.Queue(EmailMessage.Create(email,
        "Confirm your email address for Convening",
        $"""
        Someone (we hope you) created a Convening account with this email address.

        To confirm it is yours, open this link within 2 days:

        {Link(request, VerifyPath, "verify", email, secret)}

        If you did not create an account, you do not need to do anything: without this link the account cannot be used, and it will be deleted.
        """));

    public Task AlreadyRegistered(HttpRequest request, string email) => mail.Queue(EmailMessage.Create(email,
        "Someone tried to create a Convening account with your email address",
        $"""
        Someone tried to create a Convening account with this email address, but you already have one.

        If it was you, sign in: {request.HttpContext.Absolute("/account/sign-in")}
        If you have forgotten your password, reset it: {request.HttpContext.Absolute("/account/forgot-password")}

        If it was not you, you do not need to do anything. Your account has not changed.
        """));

    public Task Reset(HttpRequest request, string email, string secret) => mail.Queue(EmailMessage.Create(email,
        "Reset your Convening password",
        $"""
        Someone (we hope you) asked to reset the password of the Convening account with this email address.

        To choose a new password, open this link within an hour:

        {Link(request, ResetPath, "reset", email, secret)}

        Resetting your password signs you out everywhere else. If you did not ask for this, you do not need to do anything.
        """));

    /// <summary>To the new address: the link that moves the account there. The link carries the current address, which the mail does not show.</summary>
    public Task ConfirmNewAddress(HttpRequest request, string currentEmail, string newEmail, string secret) => mail.Queue(EmailMessage.Create(newEmail,
        "Confirm your new email address for Convening",
        $"""
        Someone (we hope you) asked to use this email address for their Convening account.

        To confirm it is yours, open this link within 2 days:

        {Link(request, ConfirmEmailPath, "change-email", currentEmail, secret)}

        Until you do, the account keeps its old address. If you did not ask for this, you do not need to do anything.
        """));

    /// <summary>To a new address that has its own account: the same news without a link, so no one learns who is registered.</summary>
    public Task AddressTaken(HttpRequest request, string newEmail) => mail.Queue(EmailMessage.Create(newEmail,
        "Someone tried to use your email address on Convening",
        $"""
        Someone asked to move another Convening account to this email address, but you already have an account with it, so nothing has changed.

        If it was you, sign in to the account you already have: {request.HttpContext.Absolute("/account/sign-in")}

        If it was not you, you do not need to do anything.
        """));

    /// <summary>To the current address: a change was asked for. It names neither the new address nor anything else about the account.</summary>
    public Task ChangeRequested(HttpRequest request, string currentEmail) => mail.Queue(EmailMessage.Create(currentEmail,
        "Your Convening account's email address is being changed",
        $"""
        Someone signed in to your Convening account asked to change its email address. This address stays in use until the new one is confirmed from a link we have sent to it.

        If it was you, you do not need to do anything.

        If it was not you, change your password and sign out everywhere: {request.HttpContext.Absolute("/account/security")}
        """));

    /// <summary>The address and secret inside a link, or null when the link was not made by us for this purpose.</summary>
    public (string Email, string Secret)? Read(string? token, string purpose)
    {
        try
        {
            var parts = _links.Unprotect(token ?? "").Split('\n');
            return parts is [var p, var email, var secret] && p == purpose ? (email, secret) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private string Link(HttpRequest request, string path, string purpose, string email, string secret) =>
        request.HttpContext.Absolute($"{path}?token={Uri.EscapeDataString(_links.Protect($"{purpose}\n{email}\n{secret}"))}");
}
