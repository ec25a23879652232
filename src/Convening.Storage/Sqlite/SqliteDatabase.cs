using Microsoft.Data.Sqlite;

namespace Convening.Storage.Sqlite;

/// <summary>
/// One SQLite file in WAL mode. Every connection runs with synchronous=FULL so a commit is
/// on disk before the call that made it returns: nothing is acknowledged before it is durable.
/// </summary>
public sealed class SqliteDatabase
{
    /// <summary>The schema this version writes (PRAGMA user_version); a newer one is refused at start-up.</summary>
    public const int SchemaVersion = 1;

    private readonly string _connectionString;
    private readonly Lazy<bool> _created;

    public SqliteDatabase(SqliteStorageOptions options)
    {
        Path = options.DatabasePath;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = (int)LockWait.TotalSeconds,
        }.ToString();
        _created = new Lazy<bool>(Create, LazyThreadSafetyMode.PublicationOnly);
    }

    public string Path { get; }

    /// <summary>
    /// How long a write waits for another holder of the database's lock (a backup, a stray sqlite3 shell)
    /// before it is told as storage.unavailable: well inside Orleans' 30 s call timeout, so the person gets
    /// that code and a Retry-After rather than a timed-out call.
    /// </summary>
    public static readonly TimeSpan LockWait = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The code of the last write that failed for a storage reason, until a write succeeds again:
    /// readiness reports it, so a load balancer stops sending work while the disk is full.
    /// </summary>
    public string? WriteFault => Volatile.Read(ref _writeFault);

    private string? _writeFault;

    private const string Probe = "readiness probe";

    /// <summary>
    /// Runs one operation on its own connection, off the caller's thread; a fault of the disk or
    /// the file becomes a <see cref="StorageUnavailableException"/> with a stable code.
    /// </summary>
    public Task<T> Run<T>(string what, bool writes, Func<SqliteConnection, T> operation) =>
        Task.Run(() =>
        {
            try
            {
                using var connection = Open();
                var result = operation(connection);
                // Damage stays told until the readiness probe's integrity check passes (after a restore).
                if (writes && (WriteFault != StorageUnavailableException.Damaged || what == Probe))
                    Volatile.Write(ref _writeFault, null);
                return result;
            }
            catch (Exception e) when (SqliteFaults.Classify(e, Path, what) is { } fault)
            {
                // A damaged file is a fault whether a read or a write found it.
                if (writes || fault.Code == StorageUnavailableException.Damaged)
                    Volatile.Write(ref _writeFault, fault.Code);
                // Pooled connections opened while the disk was failing (a read-only mount leaves
                // them read-only for good) are not reused: the next operation opens afresh.
                using (var pooled = new SqliteConnection(_connectionString))
                    SqliteConnection.ClearPool(pooled);
                throw fault;
            }
        });

    public Task Run(string what, bool writes, Action<SqliteConnection> operation) =>
        Run(what, writes, c => { operation(c); return true; });

    /// <summary>
    /// Writes (and removes) a probe row as large as a big change, so readiness finds out whether a
    /// write would succeed now; a success clears <see cref="WriteFault"/>.
    /// </summary>
    public Task ProbeWrite() => Run(Probe, writes: true, connection =>
    {
        // After damage was seen, a probe write may land on healthy pages: only the check says it is whole again (a restore).
        if (WriteFault == StorageUnavailableException.Damaged)
            QuickCheck(connection);
        Execute(connection, """
            CREATE TABLE IF NOT EXISTS health_probe (id INTEGER PRIMARY KEY, data BLOB NOT NULL);
            INSERT OR REPLACE INTO health_probe (id, data) VALUES (1, zeroblob(65536));
            DELETE FROM health_probe;
            """);
    });

    private void QuickCheck(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(1);";
        if (command.ExecuteScalar() is not "ok")
            throw new StorageUnavailableException(StorageUnavailableException.Damaged, $"The database {Path} failed its integrity check: restore the data folder from a backup.");
    }

    public SqliteConnection Open()
    {
        _ = _created.Value;
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // secure_delete zeroes deleted rows, so that what a person deletes (a reflection) does
        // not linger in free pages of the database file.
        Execute(connection, "PRAGMA synchronous = FULL; PRAGMA busy_timeout = " + (int)LockWait.TotalMilliseconds + "; PRAGMA secure_delete = ON;");
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private bool Create()
    {
        try
        {
            return CreateSchema();
        }
        catch (Exception e) when (SqliteFaults.Classify(e, Path, "creation of the database") is { } fault)
        {
            throw fault;
        }
    }

    private bool CreateSchema()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS grain_state (
                grain_id   TEXT    NOT NULL,
                state_name TEXT    NOT NULL,
                etag       INTEGER NOT NULL,
                data       BLOB    NOT NULL,
                updated_at TEXT    NOT NULL,
                PRIMARY KEY (grain_id, state_name)
            ) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS events (
                stream  TEXT    NOT NULL,
                version INTEGER NOT NULL,
                data    BLOB    NOT NULL,
                PRIMARY KEY (stream, version)
            ) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS snapshots (
                stream  TEXT    NOT NULL PRIMARY KEY,
                version INTEGER NOT NULL,
                data    BLOB    NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS reminders (
                grain_id   TEXT    NOT NULL,
                name       TEXT    NOT NULL,
                grain_hash INTEGER NOT NULL,
                start_at   INTEGER NOT NULL,
                period     INTEGER NOT NULL,
                etag       INTEGER NOT NULL,
                PRIMARY KEY (grain_id, name)
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS reminders_by_hash ON reminders (grain_hash);
            """);
        Execute(connection, $"PRAGMA user_version = {SchemaVersion};");
        return true;
    }
}
