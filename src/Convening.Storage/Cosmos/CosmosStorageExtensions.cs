using Convening.Contracts.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;

namespace Convening.Storage.Cosmos;

public static class CosmosStorageExtensions
{
    /// <summary>Adds grain storage and the event log named <paramref name="name"/>, and the reminder table, on Cosmos DB.</summary>
    public static IServiceCollection AddCosmosStorage(this IServiceCollection services, string name, CosmosStorageOptions options)
    {
        var store = new CosmosStore(options);
        services.AddKeyedSingleton(name, store);
        services.AddKeyedSingleton<IEventLog>(name, new CosmosEventLog(store));
        services.AddSingleton<IReminderTable>(new CosmosReminderTable(store));
        return services.AddGrainStorage(name, (sp, n) => new CosmosGrainStorage(n, store, sp.GetRequiredService<Serializer>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
    }
}
