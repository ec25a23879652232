using System.Net;
using System.Text.Json.Serialization;
using Microsoft.Azure.Cosmos;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Convening.Storage.Cosmos;

/// <summary>
/// Orleans grain storage on Cosmos DB: one item per grain state, in the grain's own partition.
/// Writes name the ETag they read (If-Match), so a stale activation cannot overwrite newer data,
/// and a write whose answer was lost (it timed out, yet was stored) cannot be applied twice.
/// </summary>
public sealed class CosmosGrainStorage(string name, CosmosStore store, Serializer serializer, TimeProvider time) : IGrainStorage
{
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var item = await Find(stateName, grainId);
        if (item is null)
        {
            (grainState.ETag, grainState.RecordExists) = (null, false);
            return;
        }
        grainState.State = serializer.Deserialize<T>(Convert.FromBase64String(item.Data))!;
        (grainState.ETag, grainState.RecordExists) = (item.ETag, true);
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var item = new GrainItem(ItemId(stateName, grainId), grainId.ToString(), stateName,
            Convert.ToBase64String(serializer.SerializeToArray(grainState.State)), time.GetUtcNow(), null);
        try
        {
            var response = await store.Write($"write of '{stateName}' for {grainId}", (c, ct) => grainState.ETag is null
                ? c.Grains.CreateItemAsync(item, new PartitionKey(item.Pk), cancellationToken: ct)
                : c.Grains.ReplaceItemAsync(item, item.Id, new PartitionKey(item.Pk), new ItemRequestOptions { IfMatchEtag = grainState.ETag }, ct));
            (grainState.ETag, grainState.RecordExists) = (response.ETag, true);
        }
        catch (CosmosException e) when (e.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
        {
            throw await Conflict("write", stateName, grainId, grainState.ETag);
        }
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (grainState.ETag is null)
        {
            if (await Find(stateName, grainId) is not null)
                throw await Conflict("clear", stateName, grainId, null);
        }
        else
        {
            try
            {
                await store.Write($"clearing of '{stateName}' for {grainId}", (c, ct) => c.Grains.DeleteItemAsync<GrainItem>(
                    ItemId(stateName, grainId), new PartitionKey(grainId.ToString()), new ItemRequestOptions { IfMatchEtag = grainState.ETag }, ct));
            }
            catch (CosmosException e) when (e.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
            {
                throw await Conflict("clear", stateName, grainId, grainState.ETag);
            }
        }
        (grainState.ETag, grainState.RecordExists) = (null, false);
        grainState.State = Activator.CreateInstance<T>();
    }

    private async Task<GrainItem?> Find(string stateName, GrainId grainId)
    {
        var pk = grainId.ToString();
        var query = new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.id = @id")
            .WithParameter("@pk", pk).WithParameter("@id", ItemId(stateName, grainId));
        var items = await store.Read($"read of '{stateName}' for {grainId}", (c, ct) => c.Grains.All<GrainItem>(query, pk, ct));
        return items.FirstOrDefault();
    }

    private async Task<InconsistentStateException> Conflict(string op, string stateName, GrainId grainId, string? expected)
    {
        var stored = (await Find(stateName, grainId))?.ETag;
        return new($"Stale {op} of '{stateName}' for {grainId} in storage '{name}': the grain read version {expected ?? "none"} but {stored ?? "none"} is stored. Another activation changed it; reload and try again.",
            stored, expected);
    }

    private static string ItemId(string stateName, GrainId grainId) => CosmosIds.Hashed(stateName, grainId.ToString());

    private sealed record GrainItem(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("pk")] string Pk,
        [property: JsonPropertyName("state")] string State,
        [property: JsonPropertyName("data")] string Data,
        [property: JsonPropertyName("updated")] DateTimeOffset Updated,
        [property: JsonPropertyName("_etag"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ETag);
}
