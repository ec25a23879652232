using System.Threading.Channels;
using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;

namespace Convening.Web.OrganisationDirectory.Import;

/// <summary>
/// Runs import jobs in the background of the web host, one at a time: each valid record goes to
/// its organisation's grain (a few at once), and progress is reported to the job's grain after
/// every batch. A record is imported whole or not at all, because each is one grain call.
/// </summary>
public sealed class DirectoryImports(IGrainFactory grains, ILogger<DirectoryImports> log) : BackgroundService
{
    public const int BatchSize = 50;
    public const int Parallelism = 4;

    private readonly Channel<ImportWork> _queue = Channel.CreateBounded<ImportWork>(new BoundedChannelOptions(8) { SingleReader = true });

    /// <summary>Queues the job; false when too many are waiting.</summary>
    public bool TryQueue(ImportWork work) => _queue.Writer.TryWrite(work);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var work in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            var job = grains.GetGrain<IDirectoryImportGrain>(work.JobId);
            try
            {
                await Run(work, job, stoppingToken);
                await job.Finish(null, work.CallerId);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // The host is stopping: the job shows as interrupted, and uploading the file again finishes it.
                return;
            }
            catch (Exception e) when (e is ConveningException or OrleansException or TimeoutException)
            {
                log.LogError(e, "Directory import {JobId} failed", work.JobId);
                await TryFail(job, work.CallerId);
            }
        }
    }

    private async Task Run(ImportWork work, IDirectoryImportGrain job, CancellationToken stoppingToken)
    {
        foreach (var batch in work.Records.Chunk(BatchSize))
        {
            var imported = 0;
            var unchanged = 0;
            var rejected = new List<ImportRejection>();
            var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = stoppingToken };
            await Parallel.ForEachAsync(batch, options, async (item, _) =>
            {
                var (index, record) = item;
                try
                {
                    var changed = await grains.GetGrain<IOrganisationGrain>(record.Id!).Import(record.Content, work.CallerId);
                    Interlocked.Increment(ref changed ? ref imported : ref unchanged);
                }
                catch (ConveningException e)
                {
                    lock (rejected)
                        rejected.Add(new ImportRejection(index, record.Id!, record.Content.Name, [new ImportReason(e.Code, e.Message)]));
                }
            });
            await job.Report(new ImportJobProgress(imported, unchanged, [.. rejected.OrderBy(r => r.Index)]), work.CallerId);
        }
    }

    private async Task TryFail(IDirectoryImportGrain job, string callerId)
    {
        try
        {
            await job.Finish("The import stopped because of an error. Upload the file again: organisations already imported are not duplicated.", callerId);
        }
        catch (Exception e) when (e is ConveningException or OrleansException or TimeoutException)
        {
            log.LogError(e, "Could not mark directory import {JobId} as failed", job.GetPrimaryKeyString());
        }
    }
}
