using Convening.Storage;

namespace Convening.Web.Hosting;

/// <summary>
/// How a storage fault (a full, read-only, damaged or unreachable database) is told at the edge: the
/// same stable code on every way in, 503 with Retry-After where trying again later can help, and
/// words for people that say nothing was lost. The operator's details go to the log.
/// </summary>
public static class StorageFaults
{
    public const string Message = "Sorry, the service cannot save or load this right now. Nothing you saved before has been lost. Please try again later.";

    /// <summary>The storage fault in <paramref name="error"/> or what it wraps, if any.</summary>
    public static StorageUnavailableException? Find(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is StorageUnavailableException fault)
                return fault;
            // The silo that holds the data stopping or gone (a restart, a killed process) is the service
            // being unavailable for a moment, told the same way.
            if (e is Orleans.Runtime.SiloUnavailableException or Orleans.Runtime.OrleansMessageRejectionException)
                return new StorageUnavailableException(StorageUnavailableException.Unavailable, "The silo that holds the data could not be reached: " + e.Message, e);
            if (e is AggregateException { InnerExceptions.Count: 1 } aggregate)
                return Find(aggregate.InnerExceptions[0]);
        }
        return null;
    }

    /// <summary>Sets 503 and, where retrying helps, Retry-After.</summary>
    public static void Tell(HttpResponse response, StorageUnavailableException fault)
    {
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        if (fault.RetryAfterSeconds is { } seconds)
            response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
