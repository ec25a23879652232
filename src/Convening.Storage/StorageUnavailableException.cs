namespace Convening.Storage;

/// <summary>
/// The database could not take a request: it kept throttling it, did not answer, could not be
/// reached, is full, read-only or damaged. Nothing was acknowledged. A <see cref="TimeoutException"/>,
/// so callers treat it as "not now", never as a domain refusal. <see cref="Code"/> is stable (for
/// clients, logs and alerts); the message is for operators, not for the people using the service.
/// </summary>
[GenerateSerializer, Alias("convening.storage-unavailable")]
public sealed class StorageUnavailableException : TimeoutException
{
    /// <summary>The database kept answering 429 (request rate too large) after the retries allowed.</summary>
    public const string Throttled = "storage.throttled";

    /// <summary>No answer within the request timeout; a write may or may not have been stored.</summary>
    public const string TimedOut = "storage.timeout";

    /// <summary>The database answered that it is unavailable (503), or is locked or cannot be opened.</summary>
    public const string Unavailable = "storage.unavailable";

    /// <summary>The disk (or the database's size limit) is full: reads work, writes fail until space is freed.</summary>
    public const string Full = "storage.full";

    /// <summary>The data folder or the database file cannot be written (permissions, a read-only mount).</summary>
    public const string ReadOnly = "storage.read-only";

    /// <summary>The database file is damaged (corrupt, truncated, or not a database): an operator must restore it.</summary>
    public const string Damaged = "storage.damaged";

    public StorageUnavailableException(string code, string message, Exception? inner = null)
        : base(message, inner) => Code = code;

    [Id(0)] public string Code { get; }

    /// <summary>
    /// Seconds after which trying again may help. A read-only or damaged database needs an operator
    /// first (a remount, a restore), so clients are asked to come back later rather than soon; the
    /// service's readiness says when it can take work again.
    /// </summary>
    public int? RetryAfterSeconds => Code switch
    {
        Throttled or TimedOut => 5,
        Unavailable => 10,
        Full or ReadOnly => 60,
        Damaged => 300,
        _ => null,
    };
}
