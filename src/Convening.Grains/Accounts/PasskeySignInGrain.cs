using System.Text;
using System.Text.Json;
using Convening.Contracts;
using Convening.Contracts.Accounts;
using Convening.Contracts.People;
using Fido2NetLib;
using Fido2NetLib.Objects;

namespace Convening.Grains.Accounts;

/// <summary>
/// Holds one sign-in challenge in memory only: a lost activation just means the person presses
/// the button again. The passkey names its person (the user handle), whose address finds the
/// account that checks the signature and the counter.
/// </summary>
public sealed class PasskeySignInGrain(GrainClock clock) : Grain, IPasskeySignInGrain
{
    private string _options = "";
    private string _origin = "";
    private DateTimeOffset _expiresAt;

    public Task<string> Begin(string origin)
    {
        if (_options.Length > 0 || _expiresAt != default)
            throw RelyingParty.Expired();
        var options = RelyingParty.For(origin).GetAssertionOptions(new GetAssertionOptionsParams
        {
            AllowedCredentials = [],
            UserVerification = UserVerificationRequirement.Required,
        });
        (_options, _origin, _expiresAt) = (options.ToJson(), origin, clock.UtcNow + RelyingParty.ChallengeLifetime);
        return Task.FromResult(_options);
    }

    public async Task<PasskeySignedIn> Finish(string assertionJson, string device)
    {
        var (options, origin, expired) = (_options, _origin, _expiresAt <= clock.UtcNow);
        // Single use: whatever happens next, this challenge is spent.
        _options = "";
        if (options.Length == 0 || expired)
            throw RelyingParty.Expired();
        var personId = UserHandle(assertionJson) ?? throw RelyingParty.Unknown();
        var email = (await GrainFactory.GetGrain<IPersonGrain>(personId).GetCard()).Email;
        if (string.IsNullOrEmpty(email))
            throw RelyingParty.Unknown();
        var session = await GrainFactory.GetGrain<IAccountGrain>(email).SignInWithPasskey(options, origin, assertionJson, device);
        return new PasskeySignedIn(email, session);
    }

    /// <summary>The person a discoverable passkey says it belongs to; it is checked by the account, not trusted.</summary>
    private static string? UserHandle(string assertionJson)
    {
        try
        {
            var handle = JsonSerializer.Deserialize<AuthenticatorAssertionRawResponse>(assertionJson)?.Response.UserHandle;
            var id = handle is { Length: > 0 and <= 64 } ? Encoding.UTF8.GetString(handle) : null;
            return id is not null && id.All(char.IsAsciiHexDigitLower) ? id : null;
        }
        catch (JsonException)
        {
            throw new ConveningException("passkey.invalid", "Your passkey's answer could not be read. Try again.", ErrorKind.Unauthenticated);
        }
    }
}
