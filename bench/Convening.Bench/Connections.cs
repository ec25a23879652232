using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Convening.Bench;

public static class Connections
{
    public static HubConnection Board(BenchHost host, string token) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(host.Url, "/hubs/boards"), o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            })
            .AddJsonProtocol(o => Json(o.PayloadSerializerOptions))
            .Build();

    /// <summary>A watcher of the raw baseline (<see cref="RawBroadcast"/>), reading messages as board watchers do.</summary>
    public static HubConnection Raw(RawBroadcast raw) =>
        new HubConnectionBuilder()
            .WithUrl(raw.Url, o => { o.Transports = HttpTransportType.WebSockets; o.SkipNegotiation = true; })
            .AddJsonProtocol(o => Json(o.PayloadSerializerOptions))
            .Build();

    private static void Json(JsonSerializerOptions options)
    {
        options.AllowOutOfOrderMetadataProperties = true;
        options.Converters.Add(new JsonStringEnumConverter());
    }

    public static async Task Close(IEnumerable<HubConnection> connections)
    {
        foreach (var c in connections)
            await c.DisposeAsync();
    }
}
