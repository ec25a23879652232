using Convening.Web.Directory.Import;

namespace Convening.Web.Directory.Hsds;

/// <summary>Data in and out of the directory: HSDS and CSV exports, the HSDS services API, and bulk imports.</summary>
public static class DirectoryData
{
    public static IServiceCollection AddDirectoryData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(new HsdsSchemas(HsdsSchemas.Locate(configuration[HsdsSchemas.ConfigurationKey], environment.ContentRootPath)));
        services.AddSingleton<ServiceCatalog>();
        services.AddSingleton<DirectoryImports>();
        services.AddHostedService(s => s.GetRequiredService<DirectoryImports>());
        return services;
    }

    public static IEndpointRouteBuilder MapDirectoryData(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDirectoryExports();
        endpoints.MapHsdsServices();
        return endpoints;
    }
}
