using Convening.Contracts.Boards;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Convening.Testing.Boards;

/// <summary>
/// A board of thousands of cards, written as its real events (opened, then one card added per
/// event) straight into the host's SQLite event log in one transaction: the board's grain reads
/// them when first asked, as after a restart. Adding 10,000 cards one command at a time would take
/// minutes under the per-person rate limit; what is tested is reading and sending such a board.
/// </summary>
public static class BoardSeed
{
    /// <summary>Writes a new board for the group; returns its id and its lanes' ids (cards per lane as given).</summary>
    public static (string BoardId, IReadOnlyList<string> LaneIds) Write(
        IServiceProvider services, string dataPath, string groupId, BoardPerson author, params int[] cardsPerLane)
    {
        var serializer = services.GetRequiredService<Serializer>();
        var boardId = "seeded-" + Guid.NewGuid().ToString("N")[..12];
        var lanes = cardsPerLane.Select((_, i) => new LaneAdded($"lane{i}-{Guid.NewGuid():N}"[..14], i < BoardLimits.DefaultLanes.Count ? BoardLimits.DefaultLanes[i] : $"Lane {i + 1}")).ToList();
        var at = DateTimeOffset.UtcNow;
        var changes = new List<BoardEvent> { new BoardOpened(groupId, "A very big board", lanes) };
        for (var lane = 0; lane < cardsPerLane.Length; lane++)
            for (var i = 0; i < cardsPerLane[lane]; i++)
                changes.Add(new CardAdded($"c{lane}x{i}", lanes[lane].LaneId, $"Card {i + 1} in {lanes[lane].Title}: what people told us, in their words.", BoardLimits.Colours[i % BoardLimits.Colours.Count]));
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "convening.db")};Pooling=False");
        connection.Open();
        using (var busy = connection.CreateCommand())
        {
            busy.CommandText = "PRAGMA busy_timeout = 10000";
            busy.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO events (stream, version, data) VALUES ($stream, $version, $data)";
        var stream = insert.Parameters.Add("$stream", SqliteType.Text);
        var version = insert.Parameters.Add("$version", SqliteType.Integer);
        var data = insert.Parameters.Add("$data", SqliteType.Blob);
        stream.Value = boardId;
        for (var v = 0; v < changes.Count; v++)
        {
            version.Value = v + 1L;
            data.Value = serializer.SerializeToArray(new BoardChange(v + 1, at, author, changes[v]));
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        return (boardId, lanes.Select(l => l.LaneId).ToList());
    }
}
