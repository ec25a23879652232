namespace Convening.Contracts;

/// <summary>What kind of failure a domain error is; the web layer maps it to an HTTP status.</summary>
public enum ErrorKind
{
    Invalid = 0,
    NotFound = 1,
    Forbidden = 2,
    Conflict = 3,
    Unauthenticated = 4,

    /// <summary>Too many requests for now: wait a moment and try again (HTTP 429).</summary>
    TooMany = 5,
}

/// <summary>
/// A domain rule was broken. <see cref="Code"/> is stable (clients may depend on it);
/// the message is for people.
/// </summary>
[GenerateSerializer, Alias("convening.error")]
public sealed class ConveningException : Exception
{
    public ConveningException(string code, string message, ErrorKind kind = ErrorKind.Invalid)
        : base(message)
    {
        Code = code;
        Kind = kind;
    }

    [Id(0)] public string Code { get; }
    [Id(1)] public ErrorKind Kind { get; }

    /// <summary>Where in a larger input the error is, like "services[1].name", so forms can point at the field.</summary>
    [Id(2)] public string? Field { get; init; }

    public static ConveningException NotFound(string code, string message) => new(code, message, ErrorKind.NotFound);
    public static ConveningException Forbidden(string code, string message) => new(code, message, ErrorKind.Forbidden);
    public static ConveningException Conflict(string code, string message) => new(code, message, ErrorKind.Conflict);
    public static ConveningException Unauthenticated() =>
        new("auth.required", "You need to sign in to do that.", ErrorKind.Unauthenticated);
}
