namespace Convening.Contracts.Accounts;

/// <summary>A passkey on an account, as its owner sees it: the name they gave it and when it was used.</summary>
[GenerateSerializer, Immutable, Alias("convening.passkey-view")]
public sealed record PasskeyView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] DateTimeOffset? LastUsedAt);

/// <summary>A passkey just added; with the recovery codes, shown once, when it was the account's first second factor.</summary>
[GenerateSerializer, Immutable, Alias("convening.passkey-added")]
public sealed record PasskeyAdded(
    [property: Id(0)] PasskeyView Passkey,
    [property: Id(1)] IReadOnlyList<string> RecoveryCodes);

/// <summary>A sign-in with a passkey: the address of the account it belongs to and the new session.</summary>
[GenerateSerializer, Immutable, Alias("convening.passkey-signed-in")]
public sealed record PasskeySignedIn(
    [property: Id(0)] string Email,
    [property: Id(1)] SignedIn Session);

/// <summary>
/// One passkey sign-in ceremony, keyed by a random id the browser carries between its two steps.
/// It holds the challenge the browser must sign: single-use (taken by the first attempt to finish,
/// right or wrong) and expiring after five minutes. The passkey's owner is only known when the
/// browser answers, so the challenge cannot live on an account.
/// </summary>
public interface IPasskeySignInGrain : IGrainWithStringKey
{
    /// <summary>The request options (WebAuthn JSON) for the browser, for the site at <paramref name="origin"/>.</summary>
    Task<string> Begin(string origin);

    /// <summary>Checks the browser's answer against the challenge and the passkey's account; signs in or throws passkey.* errors.</summary>
    Task<PasskeySignedIn> Finish(string assertionJson, string device);
}
