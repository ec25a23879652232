using Convening.Contracts;
using Microsoft.Extensions.Logging;

namespace Convening.Grains;

/// <summary>
/// What a command tells others after its own durable write (a group's list of gatherings, a
/// person's actions, a journal, a moderation queue). The change is already stored, so it is
/// acknowledged whatever happens here: a failure is logged once as an error and tried again in the
/// background with back-off, never reported as the command's failure (which would make a person
/// retry, and duplicate, something already done). A grain that <see cref="IRepairsFollowUps">repairs its
/// follow-ups</see> also gets a reminder, kept in the store, so a silo that stops before the retries
/// succeed does not lose them: the next silo's reminder service calls <see cref="Repair"/>.
/// </summary>
public static class FollowUps
{
    public const string ReminderName = "follow-ups";
    private static readonly TimeSpan RepairDue = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RepairEvery = TimeSpan.FromMinutes(1);
    private const int Attempts = 8;
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(30);

    public static async Task Run(this Grain grain, ILogger logger, string what, Func<Task> followUp)
    {
        try
        {
            await followUp();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError("{Grain}: {What} failed after the change was stored ({Reason}); the change stands and was acknowledged. Trying again in the background.",
                grain.GetGrainId(), what, e.Message);
            Retry(grain, logger, what, followUp);
            await Remind(grain, logger);
        }
    }

    /// <summary>
    /// Called by a repairing grain's <c>ReceiveReminder</c>: tells every follow-up again and, once they
    /// all succeed, stops the reminder. A refusal (the other grain will never accept it) is logged and
    /// given up; any other failure leaves the reminder to try again.
    /// </summary>
    public static async Task Repair(this Grain grain, ILogger logger, string reminderName)
    {
        if (reminderName != ReminderName || grain is not IRepairsFollowUps repairs)
            return;
        try
        {
            await repairs.RepairFollowUps();
            logger.LogInformation("{Grain}: follow-ups repaired by the reminder.", grain.GetGrainId());
        }
        catch (ConveningException e)
        {
            logger.LogError("{Grain}: a follow-up was refused ({Code}) and cannot be repaired by telling it again; it needs a person.", grain.GetGrainId(), e.Code);
        }
        if (await grain.GetReminder(ReminderName) is { } reminder)
            await grain.UnregisterReminder(reminder);
    }

    private static async Task Remind(Grain grain, ILogger logger)
    {
        if (grain is not (IRepairsFollowUps and IRemindable))
            return;
        try
        {
            await grain.RegisterOrUpdateReminder(ReminderName, RepairDue, RepairEvery);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store may be failing as a whole; the in-memory retries and the next change remain.
            logger.LogWarning("{Grain}: the reminder to repair follow-ups could not be set ({Reason}).", grain.GetGrainId(), e.Message);
        }
    }

    /// <summary>Runs several follow-ups; each one's failure is its own.</summary>
    public static Task Run(this Grain grain, ILogger logger, string what, IEnumerable<Func<Task>> followUps) =>
        Task.WhenAll(followUps.Select(f => grain.Run(logger, what, f)));

    private static void Retry(Grain grain, ILogger logger, string what, Func<Task> followUp)
    {
        var attempt = 0;
        IGrainTimer? timer = null;
        timer = grain.RegisterGrainTimer(async () =>
        {
            attempt++;
            try
            {
                await followUp();
                timer!.Dispose();
                logger.LogInformation("{Grain}: {What} succeeded on retry {Attempt}.", grain.GetGrainId(), what, attempt);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (attempt < Attempts)
                    return;
                timer!.Dispose();
                logger.LogError("{Grain}: {What} still failed after {Attempts} retries ({Reason}); it is repaired by the next change to this item.",
                    grain.GetGrainId(), what, attempt, e.Message);
            }
        }, new GrainTimerCreationOptions(FirstRetry, RetryEvery) { KeepAlive = true });
    }
}
