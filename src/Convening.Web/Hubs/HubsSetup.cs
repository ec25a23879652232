using System.Text.Json;
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
            .AddJsonProtocol(o => Payload(o.PayloadSerializerOptions));
        services.AddSingleton<BoardWatchers>();
        services.AddHostedService(sp => sp.GetRequiredService<BoardWatchers>());
        services.AddSingleton<PresenceCoalescer>();
        services.AddSingleton<NotificationWatchers>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationWatchers>());
        return services;
    }

    /// <summary>How the hubs read and write their messages (the fan-out bench's raw baseline uses it too).</summary>
    public static void Payload(JsonSerializerOptions options)
    {
        // Commands carry their "type" anywhere in the object, as browsers send them.
        options.AllowOutOfOrderMetadataProperties = true;
        options.Converters.Add(new JsonStringEnumConverter());
        // A lone surrogate reaches the grain, which refuses it with input.invalid-text.
        options.Converters.Add(new ExactStringConverter());
    }

    public static IEndpointRouteBuilder MapConveningHubs(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<BoardHub>("/hubs/boards");
        endpoints.MapHub<NotificationHub>("/hubs/notifications");
        return endpoints;
    }
}
