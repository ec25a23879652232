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
            .AddJsonProtocol(o =>
            {
                o.PayloadSerializerOptions.AllowOutOfOrderMetadataProperties = true;
                o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter());
            })
            .Build();

    public static async Task Close(IEnumerable<HubConnection> connections)
    {
        foreach (var c in connections)
            await c.DisposeAsync();
    }
}
