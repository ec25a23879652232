using Convening.Contracts;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Convening.Web.Hosting;

public static class Telemetry
{
    /// <summary>
    /// Traces and metrics from ASP.NET Core, Orleans and our own meter. They are exported over
    /// OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set (Azure Container Apps forwards them to
    /// Application Insights); otherwise they are collected and dropped.
    /// </summary>
    public static IServiceCollection AddConveningTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var export = !string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("convening"))
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation().AddMeter(ConveningMetrics.MeterName, "Microsoft.Orleans");
                if (export)
                    m.AddOtlpExporter();
            })
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation().AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application");
                if (export)
                    t.AddOtlpExporter();
            });
        return services;
    }
}
