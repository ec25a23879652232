using System.Diagnostics;

namespace Convening.Web.OrganisationDirectory;

/// <summary>
/// Brings this silo's directory index up to the feed once the service has started, so a rebuild
/// (a new silo, a lost or older index folder) happens before the first search rather than during it.
/// A failure is logged and left to the next search, which catches up the same way.
/// </summary>
internal sealed partial class DirectoryIndexStart(DirectorySearch search, IHostApplicationLifetime lifetime, ILogger<DirectoryIndexStart> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var started = new TaskCompletionSource();
            using (lifetime.ApplicationStarted.Register(started.SetResult))
                await started.Task.WaitAsync(stoppingToken);
            var start = Stopwatch.GetTimestamp();
            var version = await search.CatchUp();
            Caught(logger, version, (long)Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        catch (Exception e)
        {
            Failed(logger, stoppingToken.IsCancellationRequested ? LogLevel.Debug : LogLevel.Warning, e);
        }
    }

    [LoggerMessage(LogLevel.Information, "The directory index is current at feed version {Version} ({Milliseconds} ms at start)")]
    private static partial void Caught(ILogger logger, long version, long milliseconds);

    [LoggerMessage("The directory index could not be brought up to date at start; the next search tries again")]
    private static partial void Failed(ILogger logger, LogLevel level, Exception error);
}
