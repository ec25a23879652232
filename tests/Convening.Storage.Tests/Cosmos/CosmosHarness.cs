using Convening.Storage.Cosmos;
using Convening.Storage.Tests.Contract;

namespace Convening.Storage.Tests.Cosmos;

/// <summary>Cosmos DB storage on the emulator, in a database of its own.</summary>
public sealed class CosmosHarness : StoreHarness, IDisposable
{
    private readonly CosmosStorageOptions _options;
    private CosmosStore _store = null!;

    public CosmosHarness(CosmosServer server)
    {
        _options = server.Options("test-" + Guid.NewGuid().ToString("N")[..12]);
        Open();
    }

    public override void Restart()
    {
        _store.Dispose();
        Open();
    }

    public void Dispose() => _store.Dispose();

    private void Open()
    {
        _store = new CosmosStore(_options);
        Storage = new CosmosGrainStorage("main", _store, SharedSerializer, TimeProvider.System);
        Log = new CosmosEventLog(_store);
        Reminders = new CosmosReminderTable(_store);
    }
}
