using Convening.Contracts;
using Convening.Storage;
using Convening.Storage.Sqlite;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Convening.Web.Hosting;

public static class Health
{
    public static IServiceCollection AddConveningHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<SiloHealthCheck>("silo", tags: ["ready"]);
        return services;
    }

    /// <summary>/health/live: the process answers. /health/ready: the silo can reach storage.</summary>
    public static IEndpointRouteBuilder MapConveningHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        return endpoints;
    }
}

/// <summary>
/// Ready when the silo answers from storage and, after a write failed for a storage reason (a full
/// or read-only disk), once a probe write succeeds again: not ready while writes fail, and ready
/// again by itself once they would succeed.
/// </summary>
internal sealed class SiloHealthCheck(IGrainFactory grains, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.GetGrain<Convening.Contracts.Places.IPlaceIndexGrain>(Convening.Contracts.Places.IPlaceIndexGrain.Key).List(1, null);
            if (services.GetKeyedService<SqliteDatabase>(StorageNames.Main) is { WriteFault: not null } database)
                await database.ProbeWrite();
            return HealthCheckResult.Healthy();
        }
        catch (StorageUnavailableException e)
        {
            return HealthCheckResult.Unhealthy($"{e.Code}: writes to storage are failing.", e);
        }
        catch (Exception e) when (e is TimeoutException or OrleansException or Microsoft.Data.Sqlite.SqliteException)
        {
            return HealthCheckResult.Unhealthy("The silo or its storage did not answer.", e);
        }
    }
}
