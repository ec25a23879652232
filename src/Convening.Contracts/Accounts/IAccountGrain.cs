namespace Convening.Contracts.Accounts;

/// <summary>
/// A local sign-in account, keyed by lower-cased email. It holds the password hash, whether the
/// address is verified, the single-use links mailed to it, the sessions signed in with it and its
/// second factor. It owns the person it signs in as, who exists only once the address is verified.
/// </summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>
    /// Registers a new or still unverified address. Says what its owner must be mailed: a
    /// verification link, or (for an address already verified) a note that someone tried.
    /// </summary>
    Task<Registration> Register(string password, string displayName);

    /// <summary>Follows the verification link: creates the person on first use and signs in.</summary>
    Task<SignedIn> Verify(string secret, string device);

    /// <summary>A fresh verification secret for an unverified account; null when there is nothing to verify.</summary>
    Task<string?> ResendVerification();

    /// <summary>Checks the password (and second factor when on); signs in or throws auth.* errors.</summary>
    Task<SignedIn> SignIn(string password, string? code, string device);

    /// <summary>Finds or creates the person for a sign-in through an external provider (verified by it).</summary>
    Task<SignedIn> SignInExternal(string displayName, string device);

    /// <summary>A password-reset secret for a verified account; null when there is none (the caller answers the same).</summary>
    Task<string?> StartPasswordReset();

    /// <summary>Sets a new password from a reset link; every session ends and a new one starts.</summary>
    Task<SignedIn> ResetPassword(string secret, string newPassword, string device);

    /// <summary>Changes the password of a signed-in person who knows the current one; other sessions end.</summary>
    Task ChangePassword(string currentPassword, string newPassword, string sessionId);

    /// <summary>
    /// Asks to move the account to another address, with the current password. Like registering,
    /// says what the new address must be mailed: a link to confirm it (the secret), or, for an
    /// address that has its own account, a note to its owner. The current address stays until
    /// the link is followed.
    /// </summary>
    Task<Registration> RequestEmailChange(string currentPassword, string newEmail);

    /// <summary>Follows the link sent to the new address: the account moves there, every session ends and a new one starts. Returns the new address too.</summary>
    Task<EmailChanged> ConfirmEmailChange(string secret, string device);

    /// <summary>Whether a session is still signed in (and notes that it was used now).</summary>
    Task<bool> CheckSession(string sessionId);

    Task<IReadOnlyList<SessionView>> Sessions();

    Task SignOut(string sessionId);

    /// <summary>Ends every session, cookies and bearer tokens alike.</summary>
    Task SignOutEverywhere();

    /// <summary>A new authenticator secret, not yet on until confirmed with a code from it.</summary>
    Task<string> BeginTwoFactor();

    /// <summary>Turns the second factor on; returns the recovery codes, shown once.</summary>
    Task<IReadOnlyList<string>> ConfirmTwoFactor(string code);

    Task<bool> HasTwoFactor();

    /// <summary>The person this verified address signs in as; null while unverified or after it moved (for roles given by address, such as moderators).</summary>
    Task<string?> PersonOf();

    /// <summary>Whether a password alone is not enough to sign in: an authenticator app or a passkey is on.</summary>
    Task<bool> HasSecondFactor();

    /// <summary>
    /// Starts adding a passkey for the site at <paramref name="origin"/>: the creation options
    /// (WebAuthn JSON) for the browser. Their challenge is single-use and lasts five minutes.
    /// </summary>
    Task<string> BeginPasskey(string origin);

    /// <summary>Checks the browser's new credential against the challenge and keeps it under <paramref name="name"/>.</summary>
    Task<PasskeyAdded> AddPasskey(string name, string attestationJson);

    Task<IReadOnlyList<PasskeyView>> Passkeys();

    /// <summary>Removes a passkey: it no longer signs in.</summary>
    Task RemovePasskey(string passkeyId);

    /// <summary>
    /// Signs in with one of this account's passkeys: the assertion must answer the ceremony's
    /// options, be signed by the stored key and carry a signature counter above the last one seen.
    /// </summary>
    Task<SignedIn> SignInWithPasskey(string optionsJson, string origin, string assertionJson, string device);
}

public enum RegistrationOutcome
{
    /// <summary>Mail a verification link built from the secret.</summary>
    VerifyAddress = 0,
    /// <summary>The address already has an account: tell its owner, who can sign in or reset.</summary>
    AlreadyRegistered = 1,
}

[GenerateSerializer, Immutable, Alias("convening.registration")]
public sealed record Registration(
    [property: Id(0)] RegistrationOutcome Outcome,
    [property: Id(1)] string? Secret);

/// <summary>A new session: the person it signs in as and the session's id (carried in the cookie or token).</summary>
[GenerateSerializer, Immutable, Alias("convening.signed-in")]
public sealed record SignedIn(
    [property: Id(0)] string PersonId,
    [property: Id(1)] string SessionId);

[GenerateSerializer, Immutable, Alias("convening.email-changed")]
public sealed record EmailChanged(
    [property: Id(0)] string Email,
    [property: Id(1)] SignedIn Session);

[GenerateSerializer, Immutable, Alias("convening.session-view")]
public sealed record SessionView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Device,
    [property: Id(2)] DateTimeOffset SignedInAt,
    [property: Id(3)] DateTimeOffset LastUsedAt);
