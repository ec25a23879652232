namespace Convening.Storage;

/// <summary>
/// The database did not take a request in time: it kept throttling it, did not answer, or could not
/// be reached. Nothing was acknowledged. A <see cref="TimeoutException"/>, so callers (and the web
/// layer's "service.timeout" answer) treat it as "try again", never as a domain refusal.
/// <see cref="Code"/> is stable, for logs and alerts; the message is for people.
/// </summary>
[GenerateSerializer, Alias("convening.storage-unavailable")]
public sealed class StorageUnavailableException : TimeoutException
{
    /// <summary>The database kept answering 429 (request rate too large) after the retries allowed.</summary>
    public const string Throttled = "storage.throttled";

    /// <summary>No answer within the request timeout; a write may or may not have been stored.</summary>
    public const string TimedOut = "storage.timeout";

    /// <summary>The database answered that it is unavailable (503).</summary>
    public const string Unavailable = "storage.unavailable";

    public StorageUnavailableException(string code, string message, Exception? inner = null)
        : base(message, inner) => Code = code;

    [Id(0)] public string Code { get; }
}
