namespace Convening.Storage.OrganisationDirectory;

/// <summary>
/// Turns the disk's answers to the index's writes (a read-only mount, a full disk) into the same
/// <see cref="StorageUnavailableException"/> codes the databases give, so a page says "unavailable"
/// rather than failing, and the service recovers once the disk does.
/// </summary>
internal static class IndexFaults
{
    // Linux errno values that .NET carries as an IOException's HResult.
    private const int NoSpace = 28, ReadOnlyFileSystem = 30;

    public static StorageUnavailableException? Classify(Exception error, string path, string what) => error is StorageUnavailableException ? null : Cause(error) switch
    {
        UnauthorizedAccessException or IOException { HResult: ReadOnlyFileSystem } => new(StorageUnavailableException.ReadOnly,
            $"The directory index {path} cannot be written (a read-only folder or mount): the {what} failed. Make the data folder writable; searches resume by themselves.", error),
        IOException { HResult: NoSpace } => new(StorageUnavailableException.Full,
            $"The disk holding the directory index {path} is full: the {what} failed. Free some space; searches resume by themselves.", error),
        IOException => new(StorageUnavailableException.Unavailable,
            $"The directory index {path} could not be used ({error.Message}): the {what} failed. Check the data folder's disk; deleting the folder rebuilds it.", error),
        _ => null,
    };

    /// <summary>The disk's own answer where Lucene wraps it (a write lock it could not create is reported as a lock it could not obtain).</summary>
    private static Exception Cause(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
            if (e is UnauthorizedAccessException or IOException { HResult: NoSpace or ReadOnlyFileSystem })
                return e;
        return error;
    }
}
