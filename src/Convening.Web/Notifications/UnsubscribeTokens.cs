using System.Security.Cryptography;
using Convening.Contracts.Notifications;
using Microsoft.AspNetCore.DataProtection;

namespace Convening.Web.Notifications;

/// <summary>
/// The token in an email's one-click unsubscribe link: a person and a kind, encrypted and signed
/// by data protection, so it cannot be read, altered to another person or kind, or made up.
/// It does not expire: an unsubscribe link in an old email should still work.
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Convening.Notifications.Unsubscribe");

    public string Create(string personId, NoticeKind kind) => _protector.Protect($"{personId}\n{(int)kind}");

    /// <summary>The person and kind, or null for a token we did not make (altered, truncated, made up).</summary>
    public (string PersonId, NoticeKind Kind)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token))
            return null;
        try
        {
            var parts = _protector.Unprotect(token).Split('\n');
            return parts.Length == 2 && int.TryParse(parts[1], out var kind) && Enum.IsDefined((NoticeKind)kind)
                ? (parts[0], (NoticeKind)kind)
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
