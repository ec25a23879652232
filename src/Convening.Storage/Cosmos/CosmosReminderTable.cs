using System.Globalization;
using System.Net;
using System.Text.Json.Serialization;
using Microsoft.Azure.Cosmos;
using Orleans.Runtime;

namespace Convening.Storage.Cosmos;

/// <summary>
/// Orleans reminders on Cosmos DB: one item per grain and reminder name, all in one partition of
/// the grains container (reminders are few and small), so every query names its partition as the
/// others do. Writes and removals carry Cosmos DB's ETag, so a stale removal changes nothing.
/// </summary>
public sealed class CosmosReminderTable(CosmosStore store) : IReminderTable
{
    private const string Partition = "reminders";

    public async Task<ReminderTableData> ReadRows(GrainId grainId) =>
        await Rows($"reminders of {grainId}", new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.grain = @grain")
            .WithParameter("@grain", grainId.ToString()));

    /// <summary>The rows whose grain hash lies in (begin, end] on the ring; begin ≥ end wraps round.</summary>
    public async Task<ReminderTableData> ReadRows(uint begin, uint end) =>
        await Rows("reminders in a range", new QueryDefinition(begin < end
                ? "SELECT * FROM c WHERE c.pk = @pk AND c.hash > @begin AND c.hash <= @end"
                : "SELECT * FROM c WHERE c.pk = @pk AND (c.hash > @begin OR c.hash <= @end)")
            .WithParameter("@begin", (long)begin).WithParameter("@end", (long)end));

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) =>
        (await Rows($"reminder '{reminderName}' of {grainId}", new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.id = @id")
            .WithParameter("@id", ItemId(grainId, reminderName)))).Reminders.SingleOrDefault();

    public async Task<string?> UpsertRow(ReminderEntry entry)
    {
        var item = new ReminderItem(ItemId(entry.GrainId, entry.ReminderName), Partition, entry.GrainId.ToString(), entry.ReminderName,
            entry.GrainId.GetUniformHashCode(), entry.StartAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            entry.Period.Ticks.ToString(CultureInfo.InvariantCulture), null);
        var response = await store.Write($"reminder '{entry.ReminderName}' of {entry.GrainId}",
            (c, ct) => c.Grains.UpsertItemAsync(item, new PartitionKey(Partition), cancellationToken: ct));
        return response.ETag;
    }

    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        try
        {
            await store.Write($"removal of reminder '{reminderName}' of {grainId}", (c, ct) => c.Grains.DeleteItemAsync<ReminderItem>(
                ItemId(grainId, reminderName), new PartitionKey(Partition), new ItemRequestOptions { IfMatchEtag = eTag }, ct));
            return true;
        }
        catch (CosmosException e) when (e.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task TestOnlyClearTable()
    {
        foreach (var row in (await ReadRows(0, 0)).Reminders)
            await RemoveRow(row.GrainId, row.ReminderName, row.ETag!);
    }

    private async Task<ReminderTableData> Rows(string what, QueryDefinition query)
    {
        var items = await store.Read(what, (c, ct) => c.Grains.All<ReminderItem>(query.WithParameter("@pk", Partition), Partition, ct));
        return new ReminderTableData(items.Select(i => new ReminderEntry
        {
            GrainId = GrainId.Parse(i.Grain),
            ReminderName = i.Name,
            StartAt = DateTimeOffset.Parse(i.StartAt, CultureInfo.InvariantCulture).UtcDateTime,
            Period = TimeSpan.FromTicks(long.Parse(i.Period, CultureInfo.InvariantCulture)),
            ETag = i.ETag!,
        }));
    }

    private static string ItemId(GrainId grainId, string reminderName) => CosmosIds.Hashed("reminder", $"{grainId}\n{reminderName}");

    /// <summary>Times as text: a tick count is beyond the integers a JSON number holds exactly.</summary>
    private sealed record ReminderItem(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("pk")] string Pk,
        [property: JsonPropertyName("grain")] string Grain,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("hash")] uint Hash,
        [property: JsonPropertyName("startAt")] string StartAt,
        [property: JsonPropertyName("period")] string Period,
        [property: JsonPropertyName("_etag"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ETag);
}
