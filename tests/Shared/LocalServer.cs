using System.Diagnostics;
using System.Net.Sockets;

namespace Convening.Testing;

/// <summary>A server process a test starts on a loopback port, killed when disposed.</summary>
public sealed class LocalServer : IDisposable
{
    private readonly Process _process;

    private LocalServer(Process process) => _process = process;

    /// <summary>Starts the program and returns once its port accepts connections.</summary>
    public static async Task<LocalServer> Start(string program, IEnumerable<string> args, int port, string whenMissing)
    {
        var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException(whenMissing);
        var server = new LocalServer(process);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port);
                return server;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(50);
            }
            catch (SocketException)
            {
                server.Dispose();
                throw new InvalidOperationException($"{program} did not answer on port {port}. {whenMissing}");
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
