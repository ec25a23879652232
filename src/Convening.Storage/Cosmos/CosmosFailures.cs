using System.Globalization;
using System.Net;
using Microsoft.Azure.Cosmos;

namespace Convening.Storage.Cosmos;

/// <summary>One storage operation, named for people: "write of 'note' for note/abc".</summary>
internal sealed record CosmosOperation(string What, bool Writes);

/// <summary>Turns the Cosmos DB failures that mean "not now" into one clear, unacknowledged error.</summary>
internal static class CosmosFailures
{
    /// <summary>
    /// The error to throw instead of <paramref name="error"/>, or null when it is not about
    /// availability (a conflict, say, which the caller handles itself).
    /// </summary>
    public static StorageUnavailableException? Unavailable(Exception error, bool deadlinePassed, CosmosOperation operation, CosmosStorageOptions options) => error switch
    {
        CosmosException { StatusCode: HttpStatusCode.TooManyRequests } => new(StorageUnavailableException.Throttled,
            $"Cosmos DB is throttling requests (429, request rate too large): the {operation.What} was still refused after "
            + $"{options.MaxThrottledRetries} retries and up to {Seconds(options.MaxThrottledWait)} of waiting, so nothing was changed. "
            + "Try again; if this persists, raise the account's throughput (RU/s).", error),
        OperationCanceledException when deadlinePassed => TimedOut(error, operation, options),
        CosmosException { StatusCode: HttpStatusCode.RequestTimeout } => TimedOut(error, operation, options),
        CosmosException { StatusCode: HttpStatusCode.ServiceUnavailable } => new(StorageUnavailableException.Unavailable,
            $"Cosmos DB answered that it is unavailable (503) to the {operation.What}; it was not acknowledged. Try again shortly.", error),
        _ => null,
    };

    private static StorageUnavailableException TimedOut(Exception error, CosmosOperation operation, CosmosStorageOptions options) =>
        new(StorageUnavailableException.TimedOut,
            $"Cosmos DB did not answer the {operation.What} within {Seconds(options.RequestTimeout)} (Convening:Cosmos:RequestTimeout)."
            + (operation.Writes
                ? " It was not acknowledged. It may still have been stored; a retry from the state read before it is refused as a conflict, never applied twice."
                : " Try again."),
            error);

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture) + " s";
}
