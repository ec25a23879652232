using System.Globalization;
using Microsoft.Data.Sqlite;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Convening.Storage.Sqlite;

/// <summary>
/// Orleans grain storage on SQLite. The ETag is a row version: a write succeeds only if the
/// stored version is the one the grain read, so a stale activation cannot overwrite newer data.
/// </summary>
public sealed class SqliteGrainStorage(string name, SqliteDatabase database, Serializer serializer, TimeProvider time) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        database.Run($"read of '{stateName}' for {grainId}", writes: false, connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT etag, data FROM grain_state WHERE grain_id = $id AND state_name = $state";
            AddKey(command, stateName, grainId);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                grainState.ETag = null;
                grainState.RecordExists = false;
                return;
            }
            grainState.State = serializer.Deserialize<T>((byte[])reader.GetValue(1));
            grainState.ETag = reader.GetInt64(0).ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        });

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        database.Run($"write of '{stateName}' for {grainId}", writes: true, connection =>
        {
            var data = serializer.SerializeToArray(grainState.State);
            using var command = connection.CreateCommand();
            AddKey(command, stateName, grainId);
            command.Parameters.AddWithValue("$data", data);
            command.Parameters.AddWithValue("$now", time.GetUtcNow().ToString("O"));
            if (grainState.ETag is null)
            {
                command.CommandText = """
                    INSERT INTO grain_state (grain_id, state_name, etag, data, updated_at)
                    VALUES ($id, $state, 1, $data, $now) ON CONFLICT DO NOTHING
                    """;
                if (command.ExecuteNonQuery() == 0)
                    throw Conflict("write", stateName, grainId, "none", grainState.ETag);
                grainState.ETag = "1";
            }
            else
            {
                var etag = ParseETag(grainState.ETag);
                command.CommandText = """
                    UPDATE grain_state SET data = $data, etag = etag + 1, updated_at = $now
                    WHERE grain_id = $id AND state_name = $state AND etag = $etag
                    """;
                command.Parameters.AddWithValue("$etag", etag);
                if (command.ExecuteNonQuery() == 0)
                    throw Conflict("write", stateName, grainId, grainState.ETag, StoredETag(connection, stateName, grainId));
                grainState.ETag = (etag + 1).ToString(CultureInfo.InvariantCulture);
            }
            grainState.RecordExists = true;
        });

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        database.Run($"clear of '{stateName}' for {grainId}", writes: true, connection =>
        {
            if (grainState.ETag is null)
            {
                // The grain believes nothing is stored; if something is, another activation wrote it.
                if (StoredETag(connection, stateName, grainId) is { } stored)
                    throw Conflict("clear", stateName, grainId, null, stored);
            }
            else
            {
                using var command = connection.CreateCommand();
                command.CommandText = "DELETE FROM grain_state WHERE grain_id = $id AND state_name = $state AND etag = $etag";
                AddKey(command, stateName, grainId);
                command.Parameters.AddWithValue("$etag", ParseETag(grainState.ETag));
                if (command.ExecuteNonQuery() == 0)
                    throw Conflict("clear", stateName, grainId, grainState.ETag, StoredETag(connection, stateName, grainId));
            }
            grainState.ETag = null;
            grainState.RecordExists = false;
            grainState.State = Activator.CreateInstance<T>();
        });

    private static void AddKey(SqliteCommand command, string stateName, GrainId grainId)
    {
        command.Parameters.AddWithValue("$id", grainId.ToString());
        command.Parameters.AddWithValue("$state", stateName);
    }

    private static long ParseETag(string etag) =>
        long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InconsistentStateException($"ETag '{etag}' is not one this storage issued.");

    private static string? StoredETag(SqliteConnection connection, string stateName, GrainId grainId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT etag FROM grain_state WHERE grain_id = $id AND state_name = $state";
        AddKey(command, stateName, grainId);
        return command.ExecuteScalar()?.ToString();
    }

    private InconsistentStateException Conflict(string op, string stateName, GrainId grainId, string? expected, string? stored) =>
        new($"Stale {op} of '{stateName}' for {grainId} in storage '{name}': the grain read version {expected ?? "none"} but {stored ?? "none"} is stored. Another activation changed it; reload and try again.",
            stored, expected);
}
