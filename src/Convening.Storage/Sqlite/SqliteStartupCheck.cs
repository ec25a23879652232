using Microsoft.Data.Sqlite;

namespace Convening.Storage.Sqlite;

/// <summary>
/// What the host checks about the database file before it starts: that SQLite can read it, that
/// its pages are sound (quick_check), and that its schema is one this version knows.
/// </summary>
public static class SqliteStartupCheck
{
    /// <summary>A one-line description of what is wrong with the database at <paramref name="path"/>, or null when it is sound.</summary>
    public static string? Problem(string path)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWrite,
                Pooling = false,
            }.ToString());
            connection.Open();
            var check = Scalar(connection, "PRAGMA quick_check(1)");
            if (!string.Equals(check, "ok", StringComparison.OrdinalIgnoreCase))
                return Damaged(path, check);
            var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
            if (version > SqliteDatabase.SchemaVersion)
                return $"The database {path} has schema version {version}, newer than this version of Convening knows ({SqliteDatabase.SchemaVersion}): run the newer version, or restore a backup made by this one.";
            return null;
        }
        catch (SqliteException e) when (SqliteFaults.Classify(e, path, "start-up check") is { Code: StorageUnavailableException.Damaged })
        {
            return Damaged(path, e.Message);
        }
        catch (SqliteException e)
        {
            return $"The database {path} cannot be opened ({e.Message}). Check the data folder's disk and permissions.";
        }
    }

    private static string Damaged(string path, string? detail) =>
        $"The database {path} is damaged ({detail}). Stop here and restore the data folder from a backup; do not start on it.";

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }
}
