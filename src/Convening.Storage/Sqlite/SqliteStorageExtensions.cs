using Convening.Contracts.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;

namespace Convening.Storage.Sqlite;

public static class SqliteStorageExtensions
{
    /// <summary>Adds grain storage named <paramref name="name"/>, its event log and the reminder table on one SQLite file.</summary>
    public static IServiceCollection AddSqliteGrainStorage(this IServiceCollection services, string name, SqliteStorageOptions options)
    {
        var database = new SqliteDatabase(options);
        services.AddKeyedSingleton(name, database);
        services.AddKeyedSingleton<IEventLog>(name, new SqliteEventLog(database));
        services.AddSingleton<IReminderTable>(new SqliteReminderTable(database));
        return services.AddGrainStorage(name, (sp, n) => new SqliteGrainStorage(n, database, sp.GetRequiredService<Serializer>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
    }
}
