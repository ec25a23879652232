using Convening.Contracts.Storage;

namespace Convening.Storage.Sqlite;

/// <summary>The event log on the same SQLite file as grain state: one row per event, one per snapshot.</summary>
public sealed class SqliteEventLog(SqliteDatabase database) : IEventLog
{
    public Task Append(string stream, long expectedVersion, byte[] data) =>
        database.Run($"append to '{stream}'", writes: true, connection =>
        {
            using var transaction = connection.BeginTransaction();
            using (var head = connection.CreateCommand())
            {
                head.Transaction = transaction;
                head.CommandText = "SELECT COALESCE(MAX(version), 0) FROM events WHERE stream = $stream";
                head.Parameters.AddWithValue("$stream", stream);
                if ((long)head.ExecuteScalar()! != expectedVersion)
                    throw new EventLogConflictException(stream, expectedVersion);
            }
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO events (stream, version, data) VALUES ($stream, $version, $data)";
            insert.Parameters.AddWithValue("$stream", stream);
            insert.Parameters.AddWithValue("$version", expectedVersion + 1);
            insert.Parameters.AddWithValue("$data", data);
            insert.ExecuteNonQuery();
            transaction.Commit();
        });

    public Task<IReadOnlyList<LoggedEvent>> Read(string stream, long afterVersion, int max) =>
        database.Run<IReadOnlyList<LoggedEvent>>($"read of '{stream}'", writes: false, connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT version, data FROM events WHERE stream = $stream AND version > $after ORDER BY version LIMIT $max";
            command.Parameters.AddWithValue("$stream", stream);
            command.Parameters.AddWithValue("$after", afterVersion);
            command.Parameters.AddWithValue("$max", max);
            using var reader = command.ExecuteReader();
            var events = new List<LoggedEvent>();
            while (reader.Read())
                events.Add(new LoggedEvent(reader.GetInt64(0), (byte[])reader.GetValue(1)));
            return events;
        });

    public Task<Snapshot?> ReadSnapshot(string stream) =>
        database.Run($"snapshot read of '{stream}'", writes: false, connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT version, data FROM snapshots WHERE stream = $stream";
            command.Parameters.AddWithValue("$stream", stream);
            using var reader = command.ExecuteReader();
            return reader.Read() ? new Snapshot(reader.GetInt64(0), (byte[])reader.GetValue(1)) : (Snapshot?)null;
        });

    public Task WriteSnapshot(string stream, Snapshot snapshot) =>
        database.Run($"snapshot of '{stream}'", writes: true, connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO snapshots (stream, version, data) VALUES ($stream, $version, $data)
                ON CONFLICT (stream) DO UPDATE SET version = excluded.version, data = excluded.data
                WHERE excluded.version > snapshots.version
                """;
            command.Parameters.AddWithValue("$stream", stream);
            command.Parameters.AddWithValue("$version", snapshot.Version);
            command.Parameters.AddWithValue("$data", snapshot.Data);
            command.ExecuteNonQuery();
        });
}
