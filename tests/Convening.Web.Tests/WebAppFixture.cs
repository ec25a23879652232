using Convening.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Convening.Web.Tests;

/// <summary>One Convening host (web + silo + SQLite in a temp folder) shared by a test collection.</summary>
public sealed class WebAppFixture : WebApplicationFactory<Program>
{
    private readonly TempDir _data = new("web");

    /// <summary>Kestrel on a free loopback port, so hub clients use real WebSockets.</summary>
    public WebAppFixture()
    {
        Port = FreePort.Next();
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, Port));
        StartServer();
    }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}");

    public string DataPath => _data.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Convening:DataPath", _data.Path);
        builder.UseSetting("Convening:SiloPort", FreePort.Next().ToString());
        builder.UseSetting("Convening:GatewayPort", FreePort.Next().ToString());
    }

    public GraphQLClient GraphQL(string? token = null) => new(CreateClient(), token);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _data.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "web";
}
