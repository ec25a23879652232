using Microsoft.Data.Sqlite;

namespace Convening.Storage.Sqlite;

/// <summary>
/// Turns the SQLite errors that are about the disk or the file, not about the request, into one
/// <see cref="StorageUnavailableException"/> with a stable code, as Cosmos DB's failures are.
/// </summary>
public static class SqliteFaults
{
    // SQLite primary result codes (https://sqlite.org/rescode.html).
    private const int Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13, CantOpen = 14, NotADatabase = 26;

    /// <summary>The storage error for <paramref name="error"/>, or null when it is not a storage fault.</summary>
    public static StorageUnavailableException? Classify(Exception error, string path, string what) => error switch
    {
        // A read-only mount answers writes (and opening the WAL's shared memory) with I/O errors.
        SqliteException { SqliteErrorCode: ReadOnly or IoError or CantOpen } e when !FolderWritable(path) => new(StorageUnavailableException.ReadOnly,
            $"The data folder of {path} cannot be written (a read-only folder or mount): the {what} failed and was not acknowledged. Make the data folder writable; the service recovers by itself.", e),
        SqliteException { SqliteErrorCode: Full } e => new(StorageUnavailableException.Full,
            $"The disk holding the database {path} is full: the {what} failed and was not acknowledged. Free some space; writes resume by themselves.", e),
        SqliteException { SqliteErrorCode: ReadOnly } e => new(StorageUnavailableException.ReadOnly,
            $"The database {path} cannot be written (a read-only folder, file or mount): the {what} failed and was not acknowledged. Make the data folder writable.", e),
        SqliteException { SqliteErrorCode: Corrupt or NotADatabase } e => new(StorageUnavailableException.Damaged,
            $"The database {path} is damaged ({e.Message}): the {what} failed. Stop the service and restore the data folder from a backup.", e),
        SqliteException { SqliteErrorCode: IoError or CantOpen or Busy or Locked } e => new(StorageUnavailableException.Unavailable,
            $"The database {path} could not be used ({e.Message}): the {what} failed and was not acknowledged. Check the data folder's disk.", e),
        UnauthorizedAccessException e => new(StorageUnavailableException.ReadOnly,
            $"The data folder of {path} cannot be written ({e.Message}): the {what} failed. Make the data folder writable.", e),
        _ => null,
    };

    /// <summary>Whether a file can be created beside the database (root ignores permissions, not a read-only mount).</summary>
    private static bool FolderWritable(string path)
    {
        try
        {
            using var probe = new FileStream(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, $".write-probe-{Guid.NewGuid():N}"),
                FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
