using System.Collections.Concurrent;
using System.Diagnostics;
using Convening.Testing;

namespace Convening.Storage.Tests.Crash;

/// <summary>
/// The real server as a separate process on its own ports and data folder, with its output
/// kept for failure messages. Disposing it always kills it.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        Graph = new GraphClient(Http);
    }

    public HttpClient Http { get; }

    public Uri Address => Http.BaseAddress!;

    public GraphClient Graph { get; }

    public string Output => string.Join('\n', _output);

    public static async Task<ServerProcess> StartAsync(string dataPath, IReadOnlyDictionary<string, string>? settings = null, IEnumerable<string>? flags = null)
    {
        var dll = WebApp.Locate();
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            dll, "--urls", address.ToString().TrimEnd('/'),
            "--Convening:DataPath", dataPath,
            "--Convening:SiloPort", FreePort.Next().ToString(),
            "--Convening:GatewayPort", FreePort.Next().ToString(),
        }.Concat((settings ?? new Dictionary<string, string>()).SelectMany(s => new[] { "--" + s.Key, s.Value })).Concat(flags ?? []))
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        var process = new Process { StartInfo = start };
        var server = new ServerProcess(process, address);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilReady();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL, no shutdown: whatever was not yet on disk is lost.</summary>
    public async Task Crash()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Waits for the server to stop by itself; false if it is still running after <paramref name="timeout"/>.</summary>
    public async Task<bool> Exited(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Crash();
        _process.Dispose();
        Http.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
            _output.Enqueue(line);
    }

    private async Task WaitUntilReady()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                _process.WaitForExit(); // and for the last of its output
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode} before it was ready:\n{Output}");
            }
            try
            {
                using var response = await Http.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The server was not ready within {StartTimeout.TotalSeconds}s:\n{Output}");
    }
}
