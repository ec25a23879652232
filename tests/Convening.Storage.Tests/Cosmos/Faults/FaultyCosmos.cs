using System.Text;
using Convening.Contracts.Storage;
using Convening.Storage.Cosmos;
using Convening.Storage.Tests.Contract;
using Convening.Storage.Tests.Sqlite;
using Orleans.Runtime;
using Orleans.Storage;

namespace Convening.Storage.Tests.Cosmos.Faults;

/// <summary>
/// Cosmos DB storage as a silo uses it, talking to the emulator through the fault proxy, and the same
/// database read straight from the emulator, to check what was really stored.
/// </summary>
public sealed class FaultyCosmos : IAsyncDisposable
{
    private readonly CosmosStore _store;
    private readonly CosmosStore _direct;

    private FaultyCosmos(CosmosFaultProxy proxy, CosmosStore store, CosmosStore direct)
    {
        (Proxy, _store, _direct) = (proxy, store, direct);
        Storage = new CosmosGrainStorage("main", store, StoreHarness.SharedSerializer, TimeProvider.System);
        Log = new CosmosEventLog(store);
        StoredStorage = new CosmosGrainStorage("main", direct, StoreHarness.SharedSerializer, TimeProvider.System);
        StoredLog = new CosmosEventLog(direct);
    }

    public CosmosFaultProxy Proxy { get; }

    /// <summary>The grain storage and event log under test, through the proxy.</summary>
    public IGrainStorage Storage { get; }

    public IEventLog Log { get; }

    /// <summary>The same data, straight from the emulator.</summary>
    public IGrainStorage StoredStorage { get; }

    public IEventLog StoredLog { get; }

    /// <summary>
    /// A fresh database; the store under test has already created its containers (a silo's first
    /// request) unless <paramref name="warm"/> is false. <paramref name="tune"/> sets its timeouts and retries.
    /// </summary>
    public static async Task<FaultyCosmos> Start(CosmosServer server, Action<CosmosStorageOptions>? tune = null, bool warm = true)
    {
        var database = "faults-" + Guid.NewGuid().ToString("N")[..12];
        var proxy = await CosmosFaultProxy.Start(server);
        var options = server.Options(database);
        options.Endpoint = $"http://127.0.0.1:{proxy.Port}";
        tune?.Invoke(options);
        var direct = new CosmosStore(server.Options(database));
        var faulty = new FaultyCosmos(proxy, new CosmosStore(options), direct);
        await faulty.StoredLog.Read("warm-up", 0, 1);
        if (warm)
            await faulty.Log.Read("warm-up", 0, 1);
        return faulty;
    }

    public async Task<GrainState<NoteState>> Stored(GrainId grain)
    {
        var state = new GrainState<NoteState>(new NoteState());
        await StoredStorage.ReadStateAsync(StoreHarness.StateName, grain, state);
        return state;
    }

    /// <summary>The stream's events as stored, "version:text".</summary>
    public async Task<List<string>> StoredEvents(string stream) =>
        [.. (await StoredLog.Read(stream, 0, 100)).Select(e => $"{e.Version}:{Encoding.UTF8.GetString(e.Data)}")];

    public async ValueTask DisposeAsync()
    {
        _store.Dispose();
        _direct.Dispose();
        await Proxy.DisposeAsync();
    }
}
