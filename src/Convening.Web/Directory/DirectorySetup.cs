using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.Storage;
using Convening.Storage.OrganisationDirectory;
using Convening.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Convening.Web.OrganisationDirectory;

public static class DirectorySetup
{
    /// <summary>
    /// The silo-local search index (a Lucene folder under Convening:DataPath, or
    /// Convening:Directory:IndexPath) that follows the directory feed in the main event log, and is
    /// brought up to date when the service starts (decision 0030).
    /// </summary>
    public static IServiceCollection AddConveningDirectory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IDirectoryIndex>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ConveningOptions>>().Value;
            RemoveSqliteIndex(options.DataPath);
            return new LuceneDirectoryIndex(options.DirectoryIndexPath, sp.GetRequiredKeyedService<IEventLog>(StorageNames.Main));
        });
        services.AddSingleton<DirectorySearch>();
        services.AddHostedService<DirectoryIndexStart>();
        return services;
    }

    /// <summary>The SQLite index file that versions before decision 0030 kept in the data folder: derived data the folder replaces.</summary>
    private static void RemoveSqliteIndex(string dataPath)
    {
        foreach (var earlier in new[] { "directory-index.db", "directory-index.db-wal", "directory-index.db-shm" })
            File.Delete(Path.Combine(dataPath, earlier));
    }
}
