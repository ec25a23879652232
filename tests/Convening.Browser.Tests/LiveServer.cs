using System.Net;
using Convening.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Convening.Browser.Tests;

/// <summary>The real host on Kestrel at a free loopback port, with its own data folder.</summary>
public sealed class LiveServer : WebApplicationFactory<Program>
{
    private readonly TempDir _data = new("browser");

    public LiveServer()
    {
        Port = FreePort.Next();
        UseKestrel(o => o.Listen(IPAddress.Loopback, Port));
        StartServer();
    }

    public int Port { get; }

    /// <summary>The host's data folder (its SQLite file), for tests that write a big board straight into it.</summary>
    public string DataPath => _data.Path;

    public string Url => $"http://127.0.0.1:{Port}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Convening:DataPath", _data.Path);
        builder.UseSetting("Convening:SiloPort", FreePort.Next().ToString());
        builder.UseSetting("Convening:GatewayPort", FreePort.Next().ToString());
        builder.UseSetting(TestModerator.Setting, TestModerator.Email);
        builder.ConfigureTestServices(s => s.Configure<PasswordHasherOptions>(o => o.IterationCount = TestPasswords.HashIterations));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _data.Dispose();
    }
}
