using Convening.Contracts;
using Convening.Contracts.Places;

namespace Convening.Web.Identity;

/// <summary>
/// Once the host has started, asks every place to record its stewards on their people again, so
/// that stewards appointed before people carried that mark are held to the second-factor rule
/// (<see cref="SecondFactorGate"/>). Idempotent: a person already marked is not written.
/// </summary>
public sealed class StewardMarks(IGrainFactory grains, IHostApplicationLifetime lifetime, ILogger<StewardMarks> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(started.SetResult))
            await started.Task.WaitAsync(stoppingToken);
        try
        {
            var places = await MarkAll(grains, stoppingToken);
            log.LogInformation("Stewards recorded on their people for {Places} places", places);
        }
        catch (Exception e) when (e is OrleansException or TimeoutException or ConveningException)
        {
            log.LogError(e, "Recording stewards on their people failed; it runs again at the next start");
        }
    }

    /// <summary>Marks the stewards of every place; returns how many places there were.</summary>
    public static async Task<int> MarkAll(IGrainFactory grains, CancellationToken cancellationToken = default)
    {
        var (count, after) = (0, (string?)null);
        do
        {
            var page = await grains.GetGrain<IPlaceIndexGrain>(IPlaceIndexGrain.Key).List(100, after);
            foreach (var place in page.Items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await grains.GetGrain<IPlaceGrain>(place.Slug).MarkStewards();
                count++;
            }
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);
        return count;
    }
}
