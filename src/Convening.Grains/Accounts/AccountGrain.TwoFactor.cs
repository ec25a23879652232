using System.Security.Cryptography;
using Convening.Contracts;
using OtpNet;

namespace Convening.Grains.Accounts;

public sealed partial class AccountGrain
{
    private const int RecoveryCodes = 10;

    public async Task<string> BeginTwoFactor()
    {
        RequireVerified();
        if (S.TotpOn)
            throw ConveningException.Conflict("two-factor.already-on", "Two-step sign-in is already on.");
        S.TotpSecret = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));
        await state.Write(this);
        return S.TotpSecret;
    }

    public async Task<IReadOnlyList<string>> ConfirmTwoFactor(string code)
    {
        RequireVerified();
        if (S.TotpOn)
            throw ConveningException.Conflict("two-factor.already-on", "Two-step sign-in is already on.");
        if (S.TotpSecret.Length == 0)
            throw new ConveningException("two-factor.not-started", "Start setting up two-step sign-in first.");
        if (!AcceptTotp(code))
            throw new ConveningException("two-factor.code-wrong", "That code is not right. Enter the 6-digit code your app shows now.") { Field = "code" };
        var codes = NewRecoveryCodes();
        S.TotpOn = true;
        await state.Write(this);
        return codes;
    }

    public Task<bool> HasTwoFactor() => Task.FromResult(Live && S.TotpOn);

    /// <summary>A current TOTP code not used before, or an unused recovery code (then spent).</summary>
    private bool AcceptSecondFactor(string code)
    {
        if (S.TotpOn && AcceptTotp(code))
            return true;
        var hash = Hash(Normalise(code));
        return S.RecoveryCodeHashes.Remove(hash);
    }

    private bool AcceptTotp(string code)
    {
        var digits = code.Replace(" ", "").Trim();
        if (digits.Length != 6 || S.TotpSecret.Length == 0)
            return false;
        var totp = new Totp(Base32Encoding.ToBytes(S.TotpSecret));
        // One step either side allows for a phone's clock being a little out.
        if (!totp.VerifyTotp(Now.UtcDateTime, digits, out var step, new VerificationWindow(previous: 1, future: 1)) || step <= S.LastTotpStep)
            return false;
        S.LastTotpStep = step;
        return true;
    }

    /// <summary>Ten new recovery codes in place of any earlier ones; only their hashes are kept.</summary>
    private List<string> NewRecoveryCodes()
    {
        var codes = Enumerable.Range(0, RecoveryCodes).Select(_ => RecoveryCode()).ToList();
        S.RecoveryCodeHashes = [.. codes.Select(c => Hash(Normalise(c)))];
        return codes;
    }

    private void RequireVerified()
    {
        if (!Live || !S.Verified)
            throw ConveningException.Unauthenticated();
    }

    private static string RecoveryCode()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        var chars = Enumerable.Range(0, 10).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray();
        return $"{new string(chars, 0, 5)}-{new string(chars, 5, 5)}";
    }

    private static string Normalise(string code) => code.Replace("-", "").Replace(" ", "").Trim().ToLowerInvariant();
}
