using Convening.Contracts;
using Convening.Contracts.Accounts;

namespace Convening.Web.Identity;

/// <summary>What the account pages and the account mutations both do: sign in, change an address, ask for a reset, and what each then tells the person.</summary>
public static class AccountActions
{
    public const string CheckEmail = "Check your email: we have sent a link to confirm the address. It works for 2 days.";
    public const string ChangeSent = "Check the new address's email: we have sent a link to confirm it. It works for 2 days, and your current address stays in use until it is followed.";
    public const string ResetSent = "If that address has an account, we have emailed it a link to reset the password. It works for an hour.";

    /// <summary>Signs in; an unverified account is sent a fresh verification link first.</summary>
    public static async Task<SignedIn> SignIn(IAccountGrain account, string email, string password, string? code, HttpContext http, AccountMail mail)
    {
        try
        {
            return await account.SignIn(password, code, Devices.Describe(http));
        }
        catch (ConveningException e) when (e.Code == "account.unverified")
        {
            if (await account.ResendVerification() is { } secret)
                await mail.Verify(http.Request, email, secret);
            throw;
        }
    }

    /// <summary>Asks for a change of address and sends its mails: the link (or the taken-address note) and the notice to the current address.</summary>
    public static async Task ChangeEmail(IAccountGrain account, string currentEmail, string? newEmail, string? password, HttpContext http, AccountMail mail)
    {
        var change = await account.RequestEmailChange(password ?? "", newEmail ?? "");
        var address = Check.Email(newEmail);
        await (change.Outcome == RegistrationOutcome.VerifyAddress
            ? mail.ConfirmNewAddress(http.Request, currentEmail, address, change.Secret!)
            : mail.AddressTaken(http.Request, address));
        await mail.ChangeRequested(http.Request, currentEmail);
    }

    public static async Task RequestReset(IGrainFactory grains, string email, HttpContext http, AccountMail mail)
    {
        if (await grains.GetGrain<IAccountGrain>(email).StartPasswordReset() is { } secret)
            await mail.Reset(http.Request, email, secret);
    }
}
