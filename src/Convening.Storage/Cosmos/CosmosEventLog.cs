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

    public async Task Append(string stream, long expectedVersion, byte[] data)
    {
        var version = expectedVersion + 1;
        var events = await store.Events();
        if (expectedVersion > 0 && !await Exists(events, stream, EventId(expectedVersion)))
            throw new EventLogConflictException(stream, expectedVersion);
        try
        {
            await events.CreateItemAsync(new EventItem(EventId(version), stream, "event", version, Convert.ToBase64String(data), 0), new PartitionKey(stream));
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
        var items = await (await store.Events()).All<EventItem>(query, stream);
        return [.. items.OrderBy(i => i.Version).Select(i => new LoggedEvent(i.Version, Convert.FromBase64String(i.Data)))];
    }

    public async Task<Snapshot?> ReadSnapshot(string stream)
    {
        var events = await store.Events();
        var head = await Head(events, stream);
        if (head is null)
            return null;
        var query = new QueryDefinition("SELECT * FROM c WHERE c.stream = @stream AND c.kind = 'chunk' AND c.version = @version")
            .WithParameter("@stream", stream).WithParameter("@version", head.Version);
        var chunks = (await events.All<EventItem>(query, stream)).OrderBy(c => c.Part).ToList();
        if (chunks.Count != head.Part)
            throw new InvalidOperationException($"Snapshot {head.Version} of '{stream}' has {chunks.Count} of its {head.Part} chunks.");
        return new Snapshot(head.Version, Convert.FromBase64String(string.Concat(chunks.Select(c => c.Data))));
    }

    /// <summary>Writes the chunks, then points the head at them, then removes the older snapshot's chunks.</summary>
    public async Task WriteSnapshot(string stream, Snapshot snapshot)
    {
        var events = await store.Events();
        var previous = await Head(events, stream);
        if (previous is not null && previous.Version >= snapshot.Version)
            return;
        var text = Convert.ToBase64String(snapshot.Data);
        var parts = text.Chunk(ChunkChars).Select(c => new string(c)).ToList();
        for (var i = 0; i < parts.Count; i++)
            await events.UpsertItemAsync(new EventItem(ChunkId(snapshot.Version, i), stream, "chunk", snapshot.Version, parts[i], i), new PartitionKey(stream));
        await events.UpsertItemAsync(new EventItem("snapshot", stream, "snapshot", snapshot.Version, "", parts.Count), new PartitionKey(stream));
        for (var i = 0; previous is not null && i < previous.Part; i++)
            await events.DeleteItemAsync<EventItem>(ChunkId(previous.Version, i), new PartitionKey(stream));
    }

    private static async Task<EventItem?> Head(Container events, string stream) =>
        (await events.All<EventItem>(ById(stream, "snapshot"), stream)).FirstOrDefault();

    private static async Task<bool> Exists(Container events, string stream, string id) =>
        (await events.All<EventItem>(ById(stream, id), stream)).Count > 0;

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
