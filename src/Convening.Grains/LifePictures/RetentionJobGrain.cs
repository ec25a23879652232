using Convening.Contracts.Groups;
using Convening.Contracts.LifePictures;
using Convening.Contracts.Places;
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

    /// <summary>
    /// Raised when what enrols pictures changes (decision 0057): each place's job then enrols every picture
    /// the place holds once more, so pictures stored before the schedule existed, or missed by it, join it.
    /// </summary>
    public const int Enrolment = 1;

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
        if (await schedule.Enrolled() < Enrolment)
            await Enrol(schedule);
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

    /// <summary>
    /// Puts every picture the place holds on its schedule, each at the dates it decides for itself: those counted in
    /// its totals, and those on the shelves of its stewards and of its groups' members. Ids only; safe to repeat.
    /// </summary>
    private async Task Enrol(IPlaceRetentionGrain schedule)
    {
        var place = await GrainFactory.GetGrain<IPlaceGrain>(Slug).Get();
        var ids = new HashSet<string>(await GrainFactory.GetGrain<ILifePictureTotalsGrain>(Slug).PictureIds());
        var holders = new HashSet<string>(place.StewardIds);
        foreach (var group in place.Groups)
            holders.UnionWith((await GrainFactory.GetGrain<IGroupGrain>(group.Id).MemberNames()).Select(m => m.Id));
        foreach (var holder in holders)
            ids.UnionWith(await GrainFactory.GetGrain<ILifePictureShelfGrain>(holder).PictureIds(Slug));
        foreach (var id in ids)
        {
            if (await GrainFactory.GetGrain<ILifePictureGrain>(id).RetentionStanding() is { } mark)
                await schedule.Track(mark);
        }
        await schedule.MarkEnrolled(Enrolment);
        logger.LogInformation("Retention in {Place}: {Count} pictures enrolled on the schedule.", Slug, ids.Count);
    }
}
