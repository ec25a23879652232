using Convening.Storage.Tests.Contract;

namespace Convening.Storage.Tests.Cosmos;

[Collection(CosmosCollection.Name)]
public sealed class CosmosGrainStorageTests(CosmosServer server) : GrainStorageContract, IDisposable
{
    private readonly CosmosHarness _db = new(server);

    protected override StoreHarness Db => _db;

    public void Dispose() => _db.Dispose();
}

[Collection(CosmosCollection.Name)]
public sealed class CosmosEventLogTests(CosmosServer server) : EventLogContract, IDisposable
{
    private readonly CosmosHarness _db = new(server);

    protected override StoreHarness Db => _db;

    public void Dispose() => _db.Dispose();
}

/// <summary>The Lucene directory index following a directory feed kept in Cosmos DB.</summary>
[Collection(CosmosCollection.Name)]
public sealed class LuceneIndexOnCosmosFeedTests(CosmosServer server) : DirectoryIndexContract
{
    private readonly CosmosHarness _db = new(server);

    protected override StoreHarness Db => _db;
}

[Collection(CosmosCollection.Name)]
public sealed class CosmosReminderTableTests(CosmosServer server) : ReminderTableContract, IDisposable
{
    private readonly CosmosHarness _db = new(server);

    protected override StoreHarness Db => _db;

    public void Dispose() => _db.Dispose();
}
