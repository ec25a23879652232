using Microsoft.Azure.Cosmos;

namespace Convening.Storage.Cosmos;

internal static class CosmosQueries
{
    /// <summary>
    /// All results of a query within one partition. Queries always name the partition and also
    /// filter on it, and avoid ORDER BY, OFFSET/LIMIT and point reads of missing items, so they
    /// behave the same on Cosmos DB and on the local emulator the tests use.
    /// </summary>
    public static async Task<List<T>> All<T>(this Container container, QueryDefinition query, string partition, CancellationToken cancellation)
    {
        var results = new List<T>();
        using var feed = container.GetItemQueryIterator<T>(query, requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(partition) });
        while (feed.HasMoreResults)
            results.AddRange(await feed.ReadNextAsync(cancellation));
        return results;
    }
}
