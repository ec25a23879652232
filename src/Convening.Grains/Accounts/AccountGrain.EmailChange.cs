using Convening.Contracts;
using Convening.Contracts.Accounts;
using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Microsoft.AspNetCore.Identity;

namespace Convening.Grains.Accounts;

/// <summary>
/// A change of address: asked for with the password, proved by a link sent to the new address.
/// The account (password, second factor, person) moves to the grain of the new address and this
/// one is forgotten; every session ends, since each names the old address.
/// </summary>
public sealed partial class AccountGrain
{
    private const string ChangeEmailLink = "change-email";

    public async Task<Registration> RequestEmailChange(string currentPassword, string newEmail)
    {
        RequireVerified();
        var address = Check.Email(newEmail);
        if (address == Email)
            throw new ConveningException("account.email-unchanged", "That is already your email address. Enter the new one.") { Field = "new-email" };
        await RequireCurrentPassword(currentPassword);
        if (await GrainFactory.GetGrain<IAccountMoveGrain>(address).IsTaken())
        {
            await state.Write(this);
            return new Registration(RegistrationOutcome.AlreadyRegistered, null);
        }
        S.PendingEmail = address;
        var secret = NewLink(ChangeEmailLink, O.VerificationLifetime);
        await state.Write(this);
        return new Registration(RegistrationOutcome.VerifyAddress, secret);
    }

    public async Task<EmailChanged> ConfirmEmailChange(string secret, string device)
    {
        if (!Live || !S.Verified || S.PendingEmail.Length == 0)
            throw LinkUsed();
        CheckLink(ChangeEmailLink, secret);
        var address = S.PendingEmail;
        var moving = new AccountState
        {
            Exists = true, Verified = true, PersonId = S.PersonId, PasswordHash = S.PasswordHash, DisplayName = S.DisplayName,
            RegisteredAt = S.RegisteredAt, TotpSecret = S.TotpSecret, TotpOn = S.TotpOn, LastTotpStep = S.LastTotpStep,
            RecoveryCodeHashes = [.. S.RecoveryCodeHashes], Passkeys = [.. S.Passkeys],
        };
        // The new address takes the account first: if that fails, nothing here has changed.
        var session = await GrainFactory.GetGrain<IAccountMoveGrain>(address).Adopt(moving, device);
        await GrainFactory.GetGrain<IPersonGrain>(S.PersonId).ChangeEmail(address);
        state.State = new AccountState();
        await state.Write(this);
        // Invitations sent to the old address were for this person: they follow (decision 0028).
        await this.Run(logger, "moving the invitations to the new address", () => GrainFactory.GetGrain<IInvitationInboxGrain>(Email).MoveTo(address));
        return new EmailChanged(address, session);
    }

    public Task<bool> IsTaken() => Task.FromResult(Live && S.Verified);

    public async Task<SignedIn> Adopt(AccountState moving, string device)
    {
        if (Live && S.Verified)
            throw ConveningException.Conflict("account.email-taken", "That address has an account of its own now, so yours has not moved. Choose another address.");
        state.State = moving;
        var session = StartSession(device);
        await state.Write(this);
        return session;
    }

    private async Task RequireCurrentPassword(string password)
    {
        if (S.NextAttemptAt > Now)
            throw new ConveningException("auth.slow-down", $"Too many wrong passwords. Wait {Math.Ceiling((S.NextAttemptAt - Now).TotalSeconds)} seconds and try again.", ErrorKind.Unauthenticated);
        if (S.PasswordHash.Length == 0 || await hashing.Verify(S.PasswordHash, password ?? "") == PasswordVerificationResult.Failed)
        {
            await Failed();
            throw new ConveningException("password.current-wrong", "Your current password is not right.") { Field = "current-password" };
        }
        S.FailedAttempts = 0;
    }
}
