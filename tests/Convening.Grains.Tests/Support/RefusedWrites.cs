using Microsoft.Data.Sqlite;

namespace Convening.Grains.Tests.Support;

/// <summary>
/// The real SQLite file refusing every write of one grain's state (a trigger that aborts them), as a
/// failing disk would for that row: what a command does when another grain cannot store its part.
/// Disposing lets the writes through again.
/// </summary>
public sealed class RefusedWrites : IDisposable
{
    private readonly string _database;
    private readonly string _name = "refuse_" + Guid.NewGuid().ToString("N")[..12];

    /// <param name="dataPath">The cluster's data folder.</param>
    /// <param name="grainKey">The grain's key (its id after the type), e.g. a place's slug.</param>
    public RefusedWrites(string dataPath, string grainKey)
    {
        _database = Path.Combine(dataPath, "convening.db");
        var key = grainKey.Replace("'", "''", StringComparison.Ordinal);
        Execute($"""
            CREATE TRIGGER {_name}_insert BEFORE INSERT ON grain_state WHEN NEW.grain_id LIKE '%/{key}' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;
            CREATE TRIGGER {_name}_update BEFORE UPDATE ON grain_state WHEN NEW.grain_id LIKE '%/{key}' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;
            """);
    }

    public void Dispose() => Execute($"DROP TRIGGER IF EXISTS {_name}_insert; DROP TRIGGER IF EXISTS {_name}_update;");

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_database};Pooling=False;Default Timeout=30");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
