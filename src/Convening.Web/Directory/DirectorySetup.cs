using Convening.Contracts;
using Convening.Contracts.Directory;
using Convening.Contracts.Storage;
using Convening.Storage.Directory;
using Convening.Web.Hosting;

namespace Convening.Web.Directory;

public static class DirectorySetup
{
    /// <summary>
    /// The silo-local search index (a SQLite file under Convening:DataPath, or
    /// Convening:Directory:IndexPath) that follows the directory feed in the main event log.
    /// </summary>
    public static IServiceCollection AddConveningDirectory(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ConveningOptions.Section).Get<ConveningOptions>() ?? new();
        var path = configuration["Convening:Directory:IndexPath"] ?? Path.Combine(options.DataPath, "directory-index.db");
        services.AddSingleton<IDirectoryIndex>(sp => new SqliteDirectoryIndex(path, sp.GetRequiredKeyedService<IEventLog>(StorageNames.Main)));
        services.AddSingleton<DirectorySearch>();
        return services;
    }
}
