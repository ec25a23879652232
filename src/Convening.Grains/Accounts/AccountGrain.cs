using Convening.Contracts;
using Convening.Contracts.Accounts;
using Convening.Contracts.People;
using Microsoft.AspNetCore.Identity;

namespace Convening.Grains.Accounts;

[GenerateSerializer, Alias("convening.account-state")]
public sealed class AccountState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string PersonId { get; set; } = "";
    /// <summary>PBKDF2 hash from <see cref="PasswordHasher{TUser}"/>; empty for external-only accounts.</summary>
    [Id(2)] public string PasswordHash { get; set; } = "";
    [Id(3)] public int FailedAttempts { get; set; }
    [Id(4)] public DateTimeOffset LockedUntil { get; set; }
}

public sealed class AccountGrain(
    [PersistentState("account", StorageNames.Main)] IPersistentState<AccountState> state)
    : Grain, IAccountGrain
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(15);

    private static readonly PasswordHasher<AccountState> Hasher = new();
    // Verified against when no account exists, so a wrong email takes as long as a wrong password.
    private static readonly string DecoyHash = Hasher.HashPassword(new AccountState(), "decoy-password-for-timing");

    private AccountState S => state.State;
    private string Email => this.GetPrimaryKeyString();

    public async Task<string> Register(string password, string displayName)
    {
        Check.Email(Email);
        Check.Password(password);
        Check.Text(displayName, "display-name", Limits.NameLength);
        if (S.Exists)
            throw ConveningException.Conflict("account.email-taken", "An account with that email address already exists. Sign in instead.");

        await CreatePerson(displayName);
        S.PasswordHash = Hasher.HashPassword(S, password);
        await state.WriteStateAsync();
        return S.PersonId;
    }

    public async Task<string> SignIn(string password)
    {
        if (!S.Exists || S.PasswordHash.Length == 0)
        {
            Hasher.VerifyHashedPassword(S, DecoyHash, password ?? "");
            throw InvalidCredentials();
        }
        if (S.LockedUntil > DateTimeOffset.UtcNow)
            throw ConveningException.Forbidden("auth.locked-out", "Too many failed attempts. Try again in 15 minutes.");

        var result = Hasher.VerifyHashedPassword(S, S.PasswordHash, password ?? "");
        if (result == PasswordVerificationResult.Failed)
        {
            if (++S.FailedAttempts >= MaxFailedAttempts)
                (S.FailedAttempts, S.LockedUntil) = (0, DateTimeOffset.UtcNow + LockoutPeriod);
            await state.WriteStateAsync();
            throw InvalidCredentials();
        }
        if (result == PasswordVerificationResult.SuccessRehashNeeded || S.FailedAttempts > 0)
        {
            S.PasswordHash = Hasher.HashPassword(S, password!);
            S.FailedAttempts = 0;
            await state.WriteStateAsync();
        }
        return S.PersonId;
    }

    public async Task<string> SignInExternal(string displayName)
    {
        if (!S.Exists)
        {
            await CreatePerson(string.IsNullOrWhiteSpace(displayName) ? Email : displayName);
            await state.WriteStateAsync();
        }
        return S.PersonId;
    }

    private async Task CreatePerson(string displayName)
    {
        S.PersonId = Guid.NewGuid().ToString("N");
        await GrainFactory.GetGrain<IPersonGrain>(S.PersonId).Create(Email, displayName);
        S.Exists = true;
    }

    private static ConveningException InvalidCredentials() =>
        new("auth.invalid-credentials", "The email address or password is not right.", ErrorKind.Unauthenticated);
}
