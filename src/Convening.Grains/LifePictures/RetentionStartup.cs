using Convening.Contracts.LifePictures;
using Convening.Contracts.Places;
using Microsoft.Extensions.Logging;

namespace Convening.Grains.LifePictures;

/// <summary>
/// When a silo starts, every place's retention job is made sure of (decision 0057): a place whose pictures were
/// all stored before retention existed has no schedule and no reminder yet, and this gives it both, so its
/// pictures are enrolled and erased when due without anyone opening them. Idempotent (the job keeps one
/// reminder), and a failure is logged and left to the next start rather than stopping the silo.
/// </summary>
public sealed class RetentionStartup(IGrainFactory grains, ILogger<RetentionStartup> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(RetentionStartup), ServiceLifecycleStage.Active, StartJobs, _ => Task.CompletedTask);

    private async Task StartJobs(CancellationToken cancellation)
    {
        try
        {
            var index = grains.GetGrain<IPlaceIndexGrain>(IPlaceIndexGrain.Key);
            string? after = null;
            do
            {
                var page = await index.List(100, after);
                foreach (var place in page.Items)
                    await grains.GetGrain<IRetentionJobGrain>(place.Slug).Start();
                after = page.HasNextPage ? page.EndCursor : null;
            }
            while (after is not null && !cancellation.IsCancellationRequested);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError("Retention: the places' retention jobs could not all be started ({Reason}); the next start tries again.", e.GetType().Name);
        }
    }
}
