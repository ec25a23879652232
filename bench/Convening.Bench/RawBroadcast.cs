using System.Net;
using Convening.Testing;
using Convening.Web.Hubs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Convening.Bench;

/// <summary>
/// The baseline: a bare SignalR hub in the same process, where a group broadcast of the same
/// payload is all there is: no grain, no storage, no Orleans observer hop. Its messages are written
/// with the board hub's own JSON settings, so the same change goes on the wire as the same bytes.
/// </summary>
public sealed class RawBroadcast : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RawBroadcast(WebApplication app, int port) => (_app, Url) = (app, new Uri($"http://127.0.0.1:{port}/raw"));

    public Uri Url { get; }

    public IHubContext<RawHub> Hub => _app.Services.GetRequiredService<IHubContext<RawHub>>();

    public static async Task<RawBroadcast> Start()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        builder.Services.AddSignalR().AddJsonProtocol(o => HubsSetup.Payload(o.PayloadSerializerOptions));
        var app = builder.Build();
        app.MapHub<RawHub>("/raw");
        await app.StartAsync();
        return new RawBroadcast(app, port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed class RawHub : Hub
{
    public Task Join(string group) => Groups.AddToGroupAsync(Context.ConnectionId, group);
}
