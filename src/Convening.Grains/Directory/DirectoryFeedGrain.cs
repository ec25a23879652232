using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace Convening.Grains.OrganisationDirectory;

/// <summary>
/// Appends directory changes to one event-log stream. Publishes that arrive while an append is
/// under way wait and go together in the next append (group commit), so a bulk import is not
/// limited to one durable write per entry.
/// </summary>
[Reentrant]
public sealed class DirectoryFeedGrain([FromKeyedServices(StorageNames.Main)] IEventLog log, ILogger<DirectoryFeedGrain> logger) : Grain, IDirectoryFeedGrain
{
    private const int BatchBytes = 256 * 1024;
    private const int MarkEvery = 500;
    private readonly List<(DirectoryChange Change, TaskCompletionSource<long> Done)> _waiting = [];
    private bool _appending;
    private long _version;

    public override async Task OnActivateAsync(CancellationToken cancellationToken) => await Recover();

    public Task<long> Version() => Task.FromResult(_version);

    public async Task<long> Publish(DirectoryChange change)
    {
        var done = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting.Add((change, done));
        if (!_appending)
            await AppendWaiting();
        return await done.Task;
    }

    private async Task AppendWaiting()
    {
        _appending = true;
        try
        {
            while (_waiting.Count > 0)
            {
                var batch = TakeBatch();
                try
                {
                    await Append(batch);
                    foreach (var (_, done) in batch)
                        done.SetResult(_version);
                }
                catch (Exception e)
                {
                    foreach (var (_, done) in batch)
                        done.SetException(e);
                }
            }
        }
        finally
        {
            _appending = false;
        }
    }

    private List<(DirectoryChange Change, TaskCompletionSource<long> Done)> TakeBatch()
    {
        var batch = new List<(DirectoryChange, TaskCompletionSource<long>)>();
        var bytes = 0;
        while (_waiting.Count > 0 && (batch.Count == 0 || bytes < BatchBytes))
        {
            bytes += DirectoryFeedCodec.Encode([_waiting[0].Change]).Length;
            batch.Add(_waiting[0]);
            _waiting.RemoveAt(0);
        }
        return batch;
    }

    private async Task Append(List<(DirectoryChange Change, TaskCompletionSource<long> Done)> batch)
    {
        var data = DirectoryFeedCodec.Encode([.. batch.Select(b => b.Change)]);
        try
        {
            await log.Append(IDirectoryFeedGrain.Stream, _version, data);
        }
        catch (EventLogConflictException)
        {
            // Another activation (a silo that was thought dead) appended meanwhile: catch up and retry once.
            await Recover();
            await log.Append(IDirectoryFeedGrain.Stream, _version, data);
        }
        _version++;
        if (_version % MarkEvery == 0)
            await Mark();
    }

    /// <summary>
    /// The mark only shortens recovery; the batch before it is already durable, so its failure is
    /// logged and never reported as the publish's failure (the next mark is 500 versions later).
    /// </summary>
    private async Task Mark()
    {
        try
        {
            await log.WriteSnapshot(IDirectoryFeedGrain.Stream, new Snapshot(_version, []));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError("The directory feed's mark at version {Version} failed ({Reason}); the changes are stored and were acknowledged.", _version, e.Message);
        }
    }

    /// <summary>Finds the feed's last version: from the newest mark, then forward to the end.</summary>
    private async Task Recover()
    {
        var mark = await log.ReadSnapshot(IDirectoryFeedGrain.Stream);
        _version = Math.Max(_version, mark?.Version ?? 0);
        while (true)
        {
            var events = await log.Read(IDirectoryFeedGrain.Stream, _version, 1_000);
            if (events.Count == 0)
                return;
            _version = events[^1].Version;
        }
    }
}
