using Convening.Web.Hosting;
using Convening.Web.OrganisationDirectory.Import;
using Convening.Web.OrganisationDirectory.Oruk;
using Microsoft.Extensions.Options;

namespace Convening.Web.OrganisationDirectory.Hsds;

/// <summary>Data in and out of the directory: HSDS and CSV exports, the Open Referral UK feed, and bulk imports.</summary>
public static class DirectoryData
{
    public static IServiceCollection AddDirectoryData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(s => new HsdsSchemas(HsdsSchemas.Locate(s.GetRequiredService<IOptions<ConveningOptions>>().Value.Directory.HsdsSchemaPath)));
        services.AddSingleton<FeedCatalog>();
        services.AddSingleton<DirectoryImports>();
        services.AddHostedService(s => s.GetRequiredService<DirectoryImports>());
        return services;
    }

    public static IEndpointRouteBuilder MapDirectoryData(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDirectoryExports();
        endpoints.MapOpenReferral();
        return endpoints;
    }
}
