using Microsoft.Data.Sqlite;
using Orleans.Runtime;

namespace Convening.Storage.Sqlite;

/// <summary>
/// Orleans reminders on the same SQLite file as grain state, so a reminder (a notification's due
/// time, a digest) survives a restart of the embedded default. One row per grain and reminder
/// name; the ETag is a counter that every write raises, so a stale removal changes nothing.
/// </summary>
public sealed class SqliteReminderTable(SqliteDatabase database) : IReminderTable
{
    public Task<ReminderTableData> ReadRows(GrainId grainId) =>
        database.Run($"reminders of {grainId}", writes: false, connection =>
            Rows(connection, "WHERE grain_id = $grain", ("$grain", grainId.ToString())));

    /// <summary>The rows whose grain hash lies in (begin, end] on the ring; begin ≥ end wraps round.</summary>
    public Task<ReminderTableData> ReadRows(uint begin, uint end) =>
        database.Run("reminders in a range", writes: false, connection =>
            Rows(connection, begin < end ? "WHERE grain_hash > $begin AND grain_hash <= $end" : "WHERE grain_hash > $begin OR grain_hash <= $end",
                ("$begin", (long)begin), ("$end", (long)end)));

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) =>
        (await database.Run($"reminder '{reminderName}' of {grainId}", writes: false, connection =>
            Rows(connection, "WHERE grain_id = $grain AND name = $name", ("$grain", grainId.ToString()), ("$name", reminderName))))
        .Reminders.SingleOrDefault();

    public Task<string?> UpsertRow(ReminderEntry entry) =>
        database.Run($"reminder '{entry.ReminderName}' of {entry.GrainId}", writes: true, connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO reminders (grain_id, name, grain_hash, start_at, period, etag)
                VALUES ($grain, $name, $hash, $start, $period, 1)
                ON CONFLICT (grain_id, name) DO UPDATE SET
                    start_at = excluded.start_at, period = excluded.period, etag = reminders.etag + 1
                RETURNING etag
                """;
            Add(command, ("$grain", entry.GrainId.ToString()), ("$name", entry.ReminderName), ("$hash", (long)entry.GrainId.GetUniformHashCode()),
                ("$start", entry.StartAt.ToUniversalTime().Ticks), ("$period", entry.Period.Ticks));
            return (string?)((long)command.ExecuteScalar()!).ToString(System.Globalization.CultureInfo.InvariantCulture);
        });

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) =>
        database.Run($"removal of reminder '{reminderName}' of {grainId}", writes: true, connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM reminders WHERE grain_id = $grain AND name = $name AND etag = $etag";
            Add(command, ("$grain", grainId.ToString()), ("$name", reminderName), ("$etag", long.TryParse(eTag, out var e) ? e : -1));
            return command.ExecuteNonQuery() == 1;
        });

    public Task TestOnlyClearTable() =>
        database.Run("clearing of reminders", writes: true, connection => SqliteDatabase.Execute(connection, "DELETE FROM reminders"));

    private static ReminderTableData Rows(SqliteConnection connection, string where, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT grain_id, name, start_at, period, etag FROM reminders " + where;
        Add(command, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<ReminderEntry>();
        while (reader.Read())
            rows.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0)),
                ReminderName = reader.GetString(1),
                StartAt = new DateTime(reader.GetInt64(2), DateTimeKind.Utc),
                Period = TimeSpan.FromTicks(reader.GetInt64(3)),
                ETag = reader.GetInt64(4).ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        return new ReminderTableData(rows);
    }

    private static void Add(SqliteCommand command, params (string Name, object Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
    }
}
