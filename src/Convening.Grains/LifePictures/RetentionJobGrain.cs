using Convening.Contracts.LifePictures;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Convening.Grains.LifePictures;

/// <summary>
/// The retention job of one place (decision 0050): an Orleans reminder, kept in our own store so it
/// fires after a restart (decision 0026), asks the place's schedule hourly (<see cref="RetentionOptions.Every"/>) what is due by the grains'
/// clock and asks each of those pictures to erase what its time is up for. Every step is safe to
/// repeat, so a run cut short is simply run again at the next tick. Logs carry ids only.
/// </summary>
public sealed class RetentionJobGrain(GrainClock clock, IOptions<RetentionOptions> options, ILogger<RetentionJobGrain> logger)
    : Grain, IRetentionJobGrain, IRemindable
{
    private const string ReminderName = "retention";

    private bool _started;

    private string Slug => this.GetPrimaryKeyString();

    public async Task Start()
    {
        if (_started)
            return;
        if (await this.GetReminder(ReminderName) is null)
            await this.RegisterOrUpdateReminder(ReminderName, options.Value.Every, options.Value.Every);
        _started = true;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == ReminderName)
            await Run();
    }

    public async Task<int> Run()
    {
        var schedule = GrainFactory.GetGrain<IPlaceRetentionGrain>(Slug);
        var rule = await schedule.Rule();
        var due = await schedule.Due(clock.UtcNow);
        foreach (var id in due)
        {
            try
            {
                await schedule.Track(await GrainFactory.GetGrain<ILifePictureGrain>(id).Retain(rule));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One picture that cannot be erased now does not hold up the others; it is still due at the next run.
                logger.LogError("Retention in {Place}: picture {Picture} could not be erased yet ({Reason}); the next run tries again.", Slug, id, e.GetType().Name);
            }
        }
        if (due.Count > 0)
            logger.LogInformation("Retention in {Place}: {Count} pictures were due and have been dealt with.", Slug, due.Count);
        return due.Count;
    }
}
