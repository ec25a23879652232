namespace Convening.Web.Identity;

public static class TwoFactor
{
    /// <summary>The otpauth:// address authenticator apps read (RFC 6238 defaults: SHA-1, 6 digits, 30 s).</summary>
    public static string AuthenticatorUri(string email, string secret) =>
        $"otpauth://totp/Convening:{Uri.EscapeDataString(email)}?secret={secret}&issuer=Convening";
}
