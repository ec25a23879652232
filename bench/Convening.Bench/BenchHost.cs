using System.Net;
using Convening.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Convening.Bench;

/// <summary>The real Convening host on Kestrel, with the board rate limit lifted for load.</summary>
public sealed class BenchHost : WebApplicationFactory<Program>
{
    private readonly TempDir _data = new("bench");
    private readonly (string Key, string Value)[] _settings;

    public BenchHost(params (string Key, string Value)[] settings)
    {
        _settings = settings;
        // A console app has no test manifest telling the factory where the web project is.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CONVENING_WEB", Path.Combine(Repo.Root, "src", "Convening.Web"));
        Port = FreePort.Next();
        UseKestrel(o => o.Listen(IPAddress.Loopback, Port));
        StartServer();
    }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}");

    public string DataPath => _data.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning");
        builder.UseSetting("Logging:LogLevel:Orleans", "Error");
        builder.UseSetting("Convening:DataPath", _data.Path);
        builder.UseSetting("Convening:SiloPort", FreePort.Next().ToString());
        builder.UseSetting("Convening:GatewayPort", FreePort.Next().ToString());
        builder.UseSetting("Convening:Boards:BurstOperations", "10000000");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _data.Dispose();
    }
}
