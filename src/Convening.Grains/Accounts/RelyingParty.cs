using Convening.Contracts;
using Fido2NetLib;
using Fido2NetLib.Exceptions;

namespace Convening.Grains.Accounts;

/// <summary>
/// The WebAuthn relying party for one site address: passkeys are bound to the address's host (the
/// RP id), and a browser's answer is accepted only from that exact origin. The web layer passes
/// the address (Convening:PublicOrigin, or the request's own in development).
/// </summary>
internal static class RelyingParty
{
    /// <summary>How long a browser has to answer a challenge.</summary>
    public static readonly TimeSpan ChallengeLifetime = TimeSpan.FromMinutes(5);

    public static IFido2 For(string origin)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new ConveningException("passkey.bad-origin", "Passkeys need the site's address.");
        return new Fido2(new Fido2Configuration
        {
            RPID = uri.Host,
            RPName = "Convening",
            Origins = new HashSet<string> { uri.GetLeftPart(UriPartial.Authority) },
            TimestampDriftTolerance = 300_000,
        });
    }

    /// <summary>A verification failure as a stable code: a copied key's replayed counter, or an answer that is not right.</summary>
    public static ConveningException Refused(Fido2VerificationException e) => e.Code == Fido2ErrorCode.InvalidSignCount
        ? new("passkey.counter-replayed", "That passkey answered with a counter we have already seen, so it may have been copied. Sign in another way and remove it.", ErrorKind.Unauthenticated)
        : new("passkey.invalid", "Your passkey's answer could not be checked. Try again.", ErrorKind.Unauthenticated);

    public static ConveningException Expired() =>
        new("passkey.challenge-expired", "That took too long, or the passkey request was already used. Try again.", ErrorKind.Unauthenticated);

    public static ConveningException Unknown() =>
        new("passkey.unknown", "That passkey is not one this account knows, or it was removed. Sign in another way.", ErrorKind.Unauthenticated);
}
