using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Convening.Testing;

namespace Convening.Storage.Tests.Cluster;

/// <summary>
/// A real redis-server on its own loopback port that a test kills (SIGKILL) and starts again on the
/// same port, with its data (an append-only file written before each reply: what a Redis with
/// persistence, or a replica promoted on failover, keeps) or without it (what a Redis without
/// persistence, or one whose nodes all restarted, comes back with).
/// </summary>
public sealed class RestartableRedis : IAsyncDisposable
{
    private readonly TempDir _data = new("redis");
    private Process? _process;

    public int Port { get; } = FreePort.Next();

    /// <summary>As production's connection string has it: keep reconnecting rather than give up.</summary>
    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false";

    public static async Task<RestartableRedis> Start()
    {
        var redis = new RestartableRedis();
        await redis.Restart(keepData: true);
        return redis;
    }

    /// <summary>SIGKILL: no shutdown, no last save.</summary>
    public async Task Kill()
    {
        if (_process is null)
            return;
        _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Starts it on the same port, with or without the data it had, and returns once it answers PING.</summary>
    public async Task Restart(bool keepData)
    {
        if (!keepData)
        {
            foreach (var entry in new DirectoryInfo(_data.Path).EnumerateFileSystemInfos())
            {
                if (entry is DirectoryInfo folder)
                    folder.Delete(recursive: true);
                else
                    entry.Delete();
            }
        }
        var start = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--port", Port.ToString(), "--bind", "127.0.0.1", "--dir", _data.Path, "--save", "", "--appendonly", "yes", "--appendfsync", "always" })
            start.ArgumentList.Add(arg);
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start redis-server; run ./scripts/test, which installs it.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await Pong())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"redis-server did not answer on port {Port}.");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Kill();
        _data.Dispose();
    }

    /// <summary>Whether it answers PING (it answers an error instead while still loading its data).</summary>
    private async Task<bool> Pong()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[64];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            return false;
        }
    }
}
