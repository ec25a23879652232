using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR;
using Convening.Web.Hosting;

namespace Convening.Web.Hubs;

public static class HubsSetup
{
    public static IServiceCollection AddConveningHubs(this IServiceCollection services)
    {
        services.AddLogging(b => b.AddFilter(HubFaultLog.DispatcherCategory, LogLevel.None));
        services.AddSignalR(o =>
            {
                o.MaximumReceiveMessageSize = 512 * 1024;
                o.AddFilter<HubFaultLog>();
            })
            .AddJsonProtocol(o =>
            {
                // Commands carry their "type" anywhere in the object, as browsers send them.
                o.PayloadSerializerOptions.AllowOutOfOrderMetadataProperties = true;
                o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter());
                // A lone surrogate reaches the grain, which refuses it with input.invalid-text.
                o.PayloadSerializerOptions.Converters.Add(new ExactStringConverter());
            });
        services.AddSingleton<BoardWatchers>();
        services.AddHostedService(sp => sp.GetRequiredService<BoardWatchers>());
        services.AddSingleton<PresenceCoalescer>();
        services.AddSingleton<NotificationWatchers>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationWatchers>());
        return services;
    }

    public static IEndpointRouteBuilder MapConveningHubs(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<BoardHub>("/hubs/boards");
        endpoints.MapHub<NotificationHub>("/hubs/notifications");
        return endpoints;
    }
}
