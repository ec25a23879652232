using Microsoft.Extensions.Logging;

namespace Convening.Grains;

/// <summary>
/// What a command tells others after its own durable write (a group's list of gatherings, a
/// person's actions, a journal, a moderation queue). The change is already stored, so it is
/// acknowledged whatever happens here: a failure is logged once as an error and tried again in the
/// background with back-off, never reported as the command's failure (which would make a person
/// retry, and duplicate, something already done).
/// </summary>
public static class FollowUps
{
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
