using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;

namespace Convening.Web.Hosting;

/// <summary>
/// Starting the host: an address already in use ends the process with one line that says what to
/// do, instead of the host's "Hosting failed to start" and a stack trace.
/// </summary>
public static class Starting
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";
    private static volatile bool _starting;

    /// <summary>While starting, the host's own error log is held back: <see cref="StartOrExplain"/> reports the failure.</summary>
    public static WebApplicationBuilder AddStartFailureReport(this WebApplicationBuilder builder)
    {
        builder.Logging.AddFilter(HostCategory, level => level >= LogLevel.Information && (level < LogLevel.Error || !_starting));
        return builder;
    }

    public static async Task StartOrExplain(this WebApplication app)
    {
        _starting = true;
        try
        {
            await app.StartAsync();
        }
        catch (IOException e) when (e.InnerException is AddressInUseException or SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
        {
            await Console.Error.WriteLineAsync($"Convening could not start: {Address(e)} is already in use (is Convening already running?). Stop the other program, or choose another address with --urls http://127.0.0.1:PORT.");
            Environment.Exit(1);
        }
        catch (Exception e)
        {
            app.Logger.LogCritical(e, "Hosting failed to start");
            throw;
        }
        finally
        {
            _starting = false;
        }
    }

    // Kestrel's message is "Failed to bind to address http://127.0.0.1:5080: address already in use."
    private static string Address(IOException e)
    {
        var start = e.Message.IndexOf("http", StringComparison.Ordinal);
        var end = start < 0 ? -1 : e.Message.IndexOf(": ", start, StringComparison.Ordinal);
        return start >= 0 && end > start ? e.Message[start..end] : "the address";
    }
}
