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

internal sealed class SiloHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.GetGrain<Convening.Contracts.Places.IPlaceIndexGrain>(Convening.Contracts.Places.IPlaceIndexGrain.Key).List(1, null);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is TimeoutException or OrleansException or Microsoft.Data.Sqlite.SqliteException)
        {
            return HealthCheckResult.Unhealthy("The silo or its storage did not answer.", e);
        }
    }
}
