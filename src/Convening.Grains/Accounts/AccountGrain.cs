using System.Security.Cryptography;
using System.Text;
using Convening.Contracts;
using Convening.Contracts.Accounts;
using Convening.Contracts.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Convening.Grains.Accounts;

public sealed partial class AccountGrain(
    [PersistentState("account", StorageNames.Main)] IPersistentState<AccountState> state,
    PasswordHashing hashing,
    GrainClock clock,
    IOptions<AccountOptions> options,
    ILogger<AccountGrain> logger)
    : Grain, IAccountGrain, IAccountMoveGrain
{
    private const string VerifyLink = "verify";
    private const string ResetLink = "reset";
    // Checked when there is no password to check, so every answer takes as long as a wrong password.
    private static readonly string DecoyHash = new PasswordHasher<object>().HashPassword(new object(), "decoy-password-for-timing");

    private AccountState S => state.State;
    private AccountOptions O => options.Value;
    private string Email => this.GetPrimaryKeyString();
    private DateTimeOffset Now => clock.UtcNow;

    /// <summary>An unverified account older than the verification lifetime counts as never made.</summary>
    private bool Live => S.Exists && (S.Verified || S.RegisteredAt + O.VerificationLifetime > Now);

    public async Task<Registration> Register(string password, string displayName)
    {
        Check.Email(Email);
        var name = Check.Text(displayName, "display-name", Limits.NameLength);
        PasswordRules.Check(password, Email, name);
        if (Live && S.Verified)
        {
            await hashing.Verify(DecoyHash, password);
            return new Registration(RegistrationOutcome.AlreadyRegistered, null);
        }
        // A new address, or one registered but never verified: whoever can read its mail decides.
        state.State = new AccountState
        {
            Exists = true, DisplayName = name, RegisteredAt = Now,
            PasswordHash = await hashing.Hash(password),
        };
        var secret = NewLink(VerifyLink, O.VerificationLifetime);
        await state.Write(this);
        return new Registration(RegistrationOutcome.VerifyAddress, secret);
    }

    public async Task<SignedIn> Verify(string secret, string device)
    {
        if (!Live)
            throw LinkExpired();
        if (S.Verified && !S.Links.ContainsKey(VerifyLink))
            throw LinkUsed();
        TakeLink(VerifyLink, secret);
        if (S.PersonId.Length == 0)
            await CreatePerson(S.DisplayName);
        S.Verified = true;
        var session = StartSession(device);
        await state.Write(this);
        return session;
    }

    public async Task<string?> ResendVerification()
    {
        if (!Live || S.Verified)
            return null;
        var secret = NewLink(VerifyLink, O.VerificationLifetime);
        await state.Write(this);
        return secret;
    }

    public async Task<SignedIn> SignIn(string password, string? code, string device)
    {
        if (!Live || S.PasswordHash.Length == 0)
        {
            await hashing.Verify(DecoyHash, password ?? "");
            throw InvalidCredentials();
        }
        if (S.NextAttemptAt > Now)
            throw new ConveningException("auth.slow-down", $"Too many wrong passwords. Wait {Math.Ceiling((S.NextAttemptAt - Now).TotalSeconds)} seconds and try again.", ErrorKind.Unauthenticated);

        var result = await hashing.Verify(S.PasswordHash, password ?? "");
        if (result == PasswordVerificationResult.Failed)
        {
            await Failed();
            throw InvalidCredentials();
        }
        if (!S.Verified)
            throw new ConveningException("account.unverified", "Verify your email address first: follow the link we emailed you. We have sent a new one.", ErrorKind.Forbidden);
        if (S.TotpOn || S.Passkeys.Count > 0)
        {
            if (string.IsNullOrWhiteSpace(code))
                throw new ConveningException("auth.second-factor-required", S.TotpOn ? "Enter the code from your authenticator app, or a recovery code." : "Use your passkey, or enter a recovery code.", ErrorKind.Unauthenticated) { Field = "code" };
            if (!AcceptSecondFactor(code))
            {
                await Failed();
                throw new ConveningException("auth.second-factor-wrong", "That code is not right, or has been used. Enter the current code from your app.", ErrorKind.Unauthenticated) { Field = "code" };
            }
        }
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
            S.PasswordHash = await hashing.Hash(password!);
        S.FailedAttempts = 0;
        var session = StartSession(device);
        await state.Write(this);
        return session;
    }

    public async Task<SignedIn> SignInExternal(string displayName, string device)
    {
        if (!Live || S.PersonId.Length == 0)
        {
            state.State = new AccountState { Exists = true, RegisteredAt = Now };
            await CreatePerson(string.IsNullOrWhiteSpace(displayName) ? Email : displayName);
        }
        // The identity provider vouches for the address.
        S.Verified = true;
        var session = StartSession(device);
        await state.Write(this);
        return session;
    }

    public async Task<string?> StartPasswordReset()
    {
        if (!Live || !S.Verified)
            return null;
        var secret = NewLink(ResetLink, O.ResetLifetime);
        await state.Write(this);
        return secret;
    }

    public async Task<SignedIn> ResetPassword(string secret, string newPassword, string device)
    {
        if (!Live || !S.Verified)
            throw LinkUsed();
        if (!S.Links.ContainsKey(ResetLink))
            throw LinkUsed();
        PasswordRules.Check(newPassword, Email, S.DisplayName);
        TakeLink(ResetLink, secret);
        S.PasswordHash = await hashing.Hash(newPassword);
        (S.FailedAttempts, S.NextAttemptAt) = (0, default);
        S.Sessions.Clear();
        var session = StartSession(device);
        await state.Write(this);
        return session;
    }

    public async Task ChangePassword(string currentPassword, string newPassword, string sessionId)
    {
        if (!Live || S.PasswordHash.Length == 0 || await hashing.Verify(S.PasswordHash, currentPassword ?? "") == PasswordVerificationResult.Failed)
            throw new ConveningException("password.current-wrong", "Your current password is not right.") { Field = "current-password" };
        PasswordRules.Check(newPassword, Email, S.DisplayName);
        S.PasswordHash = await hashing.Hash(newPassword);
        S.Sessions.RemoveAll(s => s.Id != sessionId);
        await state.Write(this);
    }

    private async Task Failed()
    {
        if (++S.FailedAttempts > O.FreeAttempts)
        {
            var doublings = Math.Min(S.FailedAttempts - O.FreeAttempts - 1, 20);
            S.NextAttemptAt = Now + TimeSpan.FromTicks(Math.Min(O.LongestBackOff.Ticks, TimeSpan.TicksPerSecond << doublings));
        }
        await state.Write(this);
    }

    private async Task CreatePerson(string displayName)
    {
        S.PersonId = Guid.NewGuid().ToString("N");
        await GrainFactory.GetGrain<IPersonGrain>(S.PersonId).Create(Email, displayName);
        S.Exists = true;
    }

    /// <summary>A new single-use secret for <paramref name="purpose"/>, replacing any earlier one; only its hash is kept.</summary>
    private string NewLink(string purpose, TimeSpan lifetime)
    {
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        S.Links[purpose] = new PendingLink { SecretHash = Hash(secret), ExpiresAt = Now + lifetime };
        return secret;
    }

    private void TakeLink(string purpose, string secret)
    {
        CheckLink(purpose, secret);
        S.Links.Remove(purpose);
    }

    private void CheckLink(string purpose, string secret)
    {
        if (!S.Links.TryGetValue(purpose, out var link))
            throw LinkUsed();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(link.SecretHash), Encoding.ASCII.GetBytes(Hash(secret ?? ""))))
            throw LinkUsed();
        if (link.ExpiresAt <= Now)
            throw LinkExpired();
    }

    internal static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    internal static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static ConveningException InvalidCredentials() =>
        new("auth.invalid-credentials", "The email address or password is not right.", ErrorKind.Unauthenticated);

    private static ConveningException LinkUsed() =>
        new("account.link-invalid", "That link has already been used or is not the latest one we sent. Ask for a new one.", ErrorKind.Forbidden);

    private static ConveningException LinkExpired() =>
        new("account.link-expired", "That link has expired. Ask for a new one.", ErrorKind.Forbidden);
}
