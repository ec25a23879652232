using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.Storage;
using Convening.Storage.OrganisationDirectory;
using Convening.Web.Hosting;

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
        var path = IndexPath(configuration);
        services.AddSingleton<IDirectoryIndex>(sp =>
        {
            RemoveSqliteIndex(configuration);
            return new LuceneDirectoryIndex(path, sp.GetRequiredKeyedService<IEventLog>(StorageNames.Main));
        });
        services.AddSingleton<DirectorySearch>();
        services.AddHostedService<DirectoryIndexStart>();
        return services;
    }

    /// <summary>This silo's index folder: Convening:Directory:IndexPath, or directory-index under the data folder.</summary>
    public static string IndexPath(IConfiguration configuration) =>
        configuration.Convening().DirectoryIndexPath;

    /// <summary>The SQLite index file that versions before decision 0030 kept in the data folder: derived data the folder replaces.</summary>
    private static void RemoveSqliteIndex(IConfiguration configuration)
    {
        foreach (var earlier in new[] { "directory-index.db", "directory-index.db-wal", "directory-index.db-shm" })
            File.Delete(Path.Combine(DataPath(configuration), earlier));
    }

    private static string DataPath(IConfiguration configuration) =>
        configuration.Convening().DataPath;
}
