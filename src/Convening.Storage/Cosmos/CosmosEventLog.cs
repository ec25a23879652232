using System.Globalization;
using System.Net;
using System.Text.Json.Serialization;
using Convening.Contracts.Storage;
using Microsoft.Azure.Cosmos;

namespace Convening.Storage.Cosmos;

/// <summary>
/// The event log on Cosmos DB: one item per event, id = its version, in the stream's partition.
/// Creating an item whose id exists fails, so two writers can never both append a version: that
/// uniqueness is the concurrency check. Snapshots are split into chunks far below the 2 MB item limit.
/// </summary>
public sealed class CosmosEventLog(CosmosStore store) : IEventLog
{
    /// <summary>Base64 characters per snapshot chunk: about 750 KB of data per item.</summary>
    public const int ChunkChars = 1_000_000;

    /// <summary>
    /// A timed-out append that did reach the database is not retried here: the caller's next append
    /// from the same version finds that id taken and is refused, so an event is never stored twice.
    /// </summary>
    public async Task Append(string stream, long expectedVersion, byte[] data)
    {
        var version = expectedVersion + 1;
        var item = new EventItem(EventId(version), stream, "event", version, Convert.ToBase64String(data), 0);
        try
        {
            var appended = await store.Write($"append of version {version} to '{stream}'", async (c, ct) =>
            {
                if (expectedVersion > 0 && !await Exists(c.Events, stream, EventId(expectedVersion), ct))
                    return false;
                await c.Events.CreateItemAsync(item, new PartitionKey(stream), cancellationToken: ct);
                return true;
            });
            if (!appended)
                throw new EventLogConflictException(stream, expectedVersion);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.Conflict)
        {
            throw new EventLogConflictException(stream, expectedVersion);
        }
    }

    public async Task<IReadOnlyList<LoggedEvent>> Read(string stream, long afterVersion, int max)
    {
        // Versions have no gaps, so a range stands in for ORDER BY … LIMIT.
        var query = new QueryDefinition("SELECT * FROM c WHERE c.stream = @stream AND c.kind = 'event' AND c.version > @after AND c.version <= @last")
            .WithParameter("@stream", stream).WithParameter("@after", afterVersion).WithParameter("@last", afterVersion + max);
        var items = await store.Read($"read of events after {afterVersion} in '{stream}'", (c, ct) => c.Events.All<EventItem>(query, stream, ct));
        return [.. items.OrderBy(i => i.Version).Select(i => new LoggedEvent(i.Version, Convert.FromBase64String(i.Data)))];
    }

    public async Task<Snapshot?> ReadSnapshot(string stream)
    {
        var head = await Head(stream);
        if (head is null)
            return null;
        var query = new QueryDefinition("SELECT * FROM c WHERE c.stream = @stream AND c.kind = 'chunk' AND c.version = @version")
            .WithParameter("@stream", stream).WithParameter("@version", head.Version);
        var chunks = (await store.Read($"read of snapshot {head.Version} of '{stream}'", (c, ct) => c.Events.All<EventItem>(query, stream, ct)))
            .OrderBy(c => c.Part).ToList();
        if (chunks.Count != head.Part)
            throw new InvalidOperationException($"Snapshot {head.Version} of '{stream}' has {chunks.Count} of its {head.Part} chunks.");
        return new Snapshot(head.Version, Convert.FromBase64String(string.Concat(chunks.Select(c => c.Data))));
    }

    /// <summary>
    /// Writes the chunks, then points the head at them, then removes the older snapshot's chunks.
    /// Each item is its own operation (a chunk is large), so each has the whole request timeout.
    /// </summary>
    public async Task WriteSnapshot(string stream, Snapshot snapshot)
    {
        var previous = await Head(stream);
        if (previous is not null && previous.Version >= snapshot.Version)
            return;
        var text = Convert.ToBase64String(snapshot.Data);
        var parts = text.Chunk(ChunkChars).Select(c => new string(c)).ToList();
        var what = $"write of snapshot {snapshot.Version} of '{stream}'";
        var key = new PartitionKey(stream);
        for (var i = 0; i < parts.Count; i++)
        {
            var chunk = new EventItem(ChunkId(snapshot.Version, i), stream, "chunk", snapshot.Version, parts[i], i);
            await store.Write(what, (c, ct) => c.Events.UpsertItemAsync(chunk, key, cancellationToken: ct));
        }
        var head = new EventItem("snapshot", stream, "snapshot", snapshot.Version, "", parts.Count);
        await store.Write(what, (c, ct) => c.Events.UpsertItemAsync(head, key, cancellationToken: ct));
        for (var i = 0; previous is not null && i < previous.Part; i++)
        {
            var id = ChunkId(previous.Version, i);
            await store.Write(what, (c, ct) => c.Events.DeleteItemAsync<EventItem>(id, key, cancellationToken: ct));
        }
    }

    private async Task<EventItem?> Head(string stream) =>
        (await store.Read($"read of the snapshot of '{stream}'", (c, ct) => c.Events.All<EventItem>(ById(stream, "snapshot"), stream, ct))).FirstOrDefault();

    private static async Task<bool> Exists(Container events, string stream, string id, CancellationToken cancellation) =>
        (await events.All<EventItem>(ById(stream, id), stream, cancellation)).Count > 0;

    private static QueryDefinition ById(string stream, string id) =>
        new QueryDefinition("SELECT * FROM c WHERE c.stream = @stream AND c.id = @id").WithParameter("@stream", stream).WithParameter("@id", id);

    private static string EventId(long version) => version.ToString("D19", CultureInfo.InvariantCulture);

    private static string ChunkId(long version, int part) => $"snapshot-{version}-{part}";

    private sealed record EventItem(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("stream")] string Stream,
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("version")] long Version,
        [property: JsonPropertyName("data")] string Data,
        [property: JsonPropertyName("part")] int Part);
}
