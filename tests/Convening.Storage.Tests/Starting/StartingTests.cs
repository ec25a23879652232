using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Convening.Storage.Tests.Crash;
using Convening.Testing;

namespace Convening.Storage.Tests.Starting;

/// <summary>Starting the real server from the command line, as a person does.</summary>
public sealed class StartingTests
{
    [Fact]
    public async Task Demo_BeforeUrls_ListensOnThoseUrls_WithTheDemoData()
    {
        using var data = new TempDir();
        var address = $"http://127.0.0.1:{FreePort.Next()}";
        using var server = Start(data.Path, "--demo", "--urls", address);
        using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };

        var places = await Until(server, async () =>
        {
            var text = await http.GetStringAsync("/graphql?query=" + Uri.EscapeDataString("{ places(first: 10) { nodes { slug } } }"));
            return text.Contains("\"essex\"") && text.Contains("\"hackney\"") ? text : null;
        });

        Assert.Contains("\"essex\"", places);
    }

    [Fact]
    public async Task PortInUse_EndsWithOneClearLine_NotAStackTrace()
    {
        using var data = new TempDir();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";
        using var server = Start(data.Path, "--urls", address);

        var (stderr, stdout) = (server.StandardError.ReadToEndAsync(), server.StandardOutput.ReadToEndAsync());
        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            try
            {
                await server.WaitForExitAsync(wait.Token);
            }
            finally
            {
                server.Kill(entireProcessTree: true);
            }
        }
        var output = await stderr + await stdout;

        Assert.Equal(1, server.ExitCode);
        Assert.Contains($"Convening could not start: {address} is already in use", output);
        Assert.DoesNotContain("   at ", output);
        Assert.DoesNotContain("Unhandled exception", output);
    }

    private static Process Start(string dataPath, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(WebApp.Locate())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { WebApp.Locate() }.Concat(args).Concat([
            "--Convening:DataPath", dataPath,
            "--Convening:SiloPort", FreePort.Next().ToString(),
            "--Convening:GatewayPort", FreePort.Next().ToString()]))
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return Process.Start(start)!;
    }

    /// <summary>Asks until the answer is there (up to 90 s: the demo loads after the host starts).</summary>
    private static async Task<string> Until(Process server, Func<Task<string?>> ask)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        try
        {
            while (DateTime.UtcNow < deadline)
            {
                Assert.False(server.HasExited, "the server exited");
                try
                {
                    if (await ask() is { } answer)
                        return answer;
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }
                await Task.Delay(200);
            }
            throw new TimeoutException("The server did not answer with the demo data within 90 s.");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }
}
