using System.Text.Json.Serialization;

namespace Convening.Web.Hubs;

public static class HubsSetup
{
    public static IServiceCollection AddConveningHubs(this IServiceCollection services)
    {
        services.AddSignalR(o => o.MaximumReceiveMessageSize = 512 * 1024)
            .AddJsonProtocol(o =>
            {
                // Commands carry their "type" anywhere in the object, as browsers send them.
                o.PayloadSerializerOptions.AllowOutOfOrderMetadataProperties = true;
                o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter());
            });
        services.AddSingleton<BoardWatchers>();
        services.AddHostedService(sp => sp.GetRequiredService<BoardWatchers>());
        services.AddSingleton<PresenceCoalescer>();
        return services;
    }

    public static IEndpointRouteBuilder MapConveningHubs(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<BoardHub>("/hubs/boards");
        return endpoints;
    }
}
