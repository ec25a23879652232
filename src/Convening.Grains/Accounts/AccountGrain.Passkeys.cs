using System.Text;
using System.Text.Json;
using Convening.Contracts;
using Convening.Contracts.Accounts;
using Fido2NetLib;
using Fido2NetLib.Exceptions;
using Fido2NetLib.Objects;

namespace Convening.Grains.Accounts;

/// <summary>
/// Passkeys (WebAuthn): each one is a second factor and, on its own, a whole sign-in, since the
/// authenticator checks the person too (user verification required). The account is their only
/// writer, so a signature counter is checked and raised in one turn.
/// </summary>
public sealed partial class AccountGrain
{
    public const int MaxPasskeys = 10;

    public Task<string?> PersonOf() => Task.FromResult(Live && S.Verified && S.PersonId.Length > 0 ? S.PersonId : null);

    public Task<bool> HasSecondFactor() => Task.FromResult(Live && (S.TotpOn || S.Passkeys.Count > 0));

    public async Task<string> BeginPasskey(string origin)
    {
        RequireVerified();
        if (S.Passkeys.Count >= MaxPasskeys)
            throw ConveningException.Conflict("passkey.too-many", $"You have {MaxPasskeys} passkeys, the most an account can have. Remove one first.");
        var options = RelyingParty.For(origin).RequestNewCredential(new RequestNewCredentialParams
        {
            User = new Fido2User { Id = Encoding.UTF8.GetBytes(S.PersonId), Name = Email, DisplayName = S.DisplayName },
            ExcludeCredentials = [.. S.Passkeys.Select(p => new PublicKeyCredentialDescriptor(Base64UrlDecode(p.Id)))],
            AuthenticatorSelection = new AuthenticatorSelection
            {
                ResidentKey = ResidentKeyRequirement.Required,
                UserVerification = UserVerificationRequirement.Required,
            },
            AttestationPreference = AttestationConveyancePreference.None,
        });
        (S.PasskeyOptions, S.PasskeyOrigin, S.PasskeyOptionsExpireAt) = (options.ToJson(), origin, Now + RelyingParty.ChallengeLifetime);
        await state.Write(this);
        return S.PasskeyOptions;
    }

    public async Task<PasskeyAdded> AddPasskey(string name, string attestationJson)
    {
        RequireVerified();
        var label = Check.Text(name, "passkey-name", Limits.ShortText);
        if (S.PasskeyOptions.Length == 0 || S.PasskeyOptionsExpireAt <= Now)
            throw RelyingParty.Expired();
        var (options, origin) = (CredentialCreateOptions.FromJson(S.PasskeyOptions), S.PasskeyOrigin);
        // The challenge is spent by this attempt, right or wrong.
        S.PasskeyOptions = "";
        await state.Write(this);

        RegisteredPublicKeyCredential credential;
        try
        {
            credential = await RelyingParty.For(origin).MakeNewCredentialAsync(new MakeNewCredentialParams
            {
                AttestationResponse = Parse<AuthenticatorAttestationRawResponse>(attestationJson),
                OriginalOptions = options,
                IsCredentialIdUniqueToUserCallback = (p, _) => Task.FromResult(S.Passkeys.All(k => k.Id != Base64Url(p.CredentialId))),
            });
        }
        catch (Fido2VerificationException e)
        {
            throw RelyingParty.Refused(e);
        }
        var passkey = new PasskeyState
        {
            Id = Base64Url(credential.Id), Name = label, PublicKey = credential.PublicKey,
            SignCount = credential.SignCount, CreatedAt = Now,
        };
        S.Passkeys.Add(passkey);
        // The first second factor comes with recovery codes, as the authenticator app does.
        var codes = S.RecoveryCodeHashes.Count == 0 ? NewRecoveryCodes() : [];
        await state.Write(this);
        return new PasskeyAdded(passkey.View(), codes);
    }

    public Task<IReadOnlyList<PasskeyView>> Passkeys()
    {
        RequireVerified();
        return Task.FromResult<IReadOnlyList<PasskeyView>>([.. S.Passkeys.Select(p => p.View())]);
    }

    public async Task RemovePasskey(string passkeyId)
    {
        RequireVerified();
        if (S.Passkeys.RemoveAll(p => p.Id == passkeyId) == 0)
            throw ConveningException.NotFound("passkey.not-found", "That passkey has already been removed.");
        if (!S.TotpOn && S.Passkeys.Count == 0)
            S.RecoveryCodeHashes.Clear();
        await state.Write(this);
    }

    public async Task<SignedIn> SignInWithPasskey(string optionsJson, string origin, string assertionJson, string device)
    {
        var answer = Parse<AuthenticatorAssertionRawResponse>(assertionJson);
        var passkey = Live && S.Verified ? S.Passkeys.FirstOrDefault(p => p.Id == Base64Url(answer.RawId)) : null;
        if (passkey is null)
            throw RelyingParty.Unknown();
        VerifyAssertionResult result;
        try
        {
            result = await RelyingParty.For(origin).MakeAssertionAsync(new MakeAssertionParams
            {
                AssertionResponse = answer,
                OriginalOptions = AssertionOptions.FromJson(optionsJson),
                StoredPublicKey = passkey.PublicKey,
                StoredSignatureCounter = passkey.SignCount,
                IsUserHandleOwnerOfCredentialIdCallback = (p, _) => Task.FromResult(Encoding.UTF8.GetString(p.UserHandle) == S.PersonId),
            });
        }
        catch (Fido2VerificationException e)
        {
            throw RelyingParty.Refused(e);
        }
        (passkey.SignCount, passkey.LastUsedAt) = (result.SignCount, Now);
        (S.FailedAttempts, S.NextAttemptAt) = (0, default);
        var session = StartSession(device);
        await state.Write(this);
        return session;
    }

    private static T Parse<T>(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json ?? "") ?? throw new JsonException();
        }
        catch (JsonException)
        {
            throw new ConveningException("passkey.invalid", "Your passkey's answer could not be read. Try again.", ErrorKind.Unauthenticated);
        }
    }

    internal static byte[] Base64UrlDecode(string value)
    {
        var s = value.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }
}
