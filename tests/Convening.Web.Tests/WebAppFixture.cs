using Convening.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Convening.Web.Tests;

/// <summary>One Convening host (web + silo + SQLite in a temp folder) shared by a test collection.</summary>
public sealed class WebAppFixture : WebApplicationFactory<Program>
{
    private readonly TempDir _data = new("web");

    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <summary>Kestrel on a free loopback port, so hub clients use real WebSockets.</summary>
    public WebAppFixture() : this(new Dictionary<string, string>())
    {
    }

    /// <summary>A host with extra configuration, for tests of optional features (not public: xunit needs one public constructor for a collection fixture).</summary>
    internal WebAppFixture(IReadOnlyDictionary<string, string> settings, Action<IServiceCollection>? services = null)
    {
        _settings = settings;
        _services = services;
        Port = FreePort.Next();
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, Port));
        StartServer();
    }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}");

    public string DataPath => _data.Path;

    /// <summary>This host's directory moderator's address, its own so no other host reads its mail.</summary>
    public string ModeratorEmail { get; } = TestModerator.NewEmail();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Convening:DataPath", _data.Path);
        builder.UseSetting("Convening:SiloPort", FreePort.Next().ToString());
        builder.UseSetting("Convening:GatewayPort", FreePort.Next().ToString());
        builder.UseSetting(TestModerator.Setting, ModeratorEmail);
        builder.ConfigureTestServices(s => s.Configure<PasswordHasherOptions>(o => o.IterationCount = TestPasswords.HashIterations));
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        if (_services is not null)
            builder.ConfigureTestServices(_services);
    }

    /// <summary>The Host header test clients send, for a host with Convening:PublicOrigin set; null for the address they connect to.</summary>
    internal string? Host { get; init; }

    public GraphQLClient GraphQL(string? token = null)
    {
        var client = CreateClient();
        if (Host is not null)
            client.DefaultRequestHeaders.Host = Host;
        return new(client, token);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _data.Dispose();
    }
}

/// <summary>
/// The shared host most test classes use. Classes in one collection run one after another, so a
/// second collection with its own host (<see cref="SecondWebCollection"/>) runs beside it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "web";
}

/// <summary>A second shared host, so that two classes' cases run at once on the two cores.</summary>
[CollectionDefinition(Name)]
public sealed class SecondWebCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "web (second host)";
}
