namespace Convening.Contracts;

/// <summary>
/// An idempotency key a client makes up for one request (a UUID, say). Sending the request again
/// with the same key, after its answer was lost, is recognised by the grain that did it and not
/// done twice. Keys are per person: another person's same key is their own request.
/// </summary>
public static class RequestIds
{
    public const int Length = 100;

    /// <summary>The key, checked as one line of at most <see cref="Length"/> characters, or null when none was sent.</summary>
    public static string? Check(string? requestId) =>
        requestId is null ? null : Convening.Contracts.Check.Text(requestId, "request-id", Length);

    /// <summary>
    /// A grain id (32 hexadecimal characters) made from the caller and their key, so that a retried
    /// "create" reaches the grain the first attempt created rather than a new one; a random id when
    /// no key was sent.
    /// </summary>
    public static string NewId(string? callerId, string? requestId) =>
        requestId is null
            ? Guid.NewGuid().ToString("N")
            : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{callerId}/{requestId}")))[..32];
}
