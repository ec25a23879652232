using Microsoft.Data.Sqlite;

namespace Convening.Storage.Sqlite;

/// <summary>
/// One SQLite file in WAL mode. Every connection runs with synchronous=FULL so a commit is
/// on disk before the call that made it returns: nothing is acknowledged before it is durable.
/// </summary>
public sealed class SqliteDatabase
{
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
            DefaultTimeout = 30,
        }.ToString();
        _created = new Lazy<bool>(Create);
    }

    public string Path { get; }

    public SqliteConnection Open()
    {
        _ = _created.Value;
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // secure_delete zeroes deleted rows, so that what a person deletes (a reflection) does
        // not linger in free pages of the database file.
        Execute(connection, "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000; PRAGMA secure_delete = ON;");
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
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
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
            """);
        return true;
    }
}
