using Convening.Contracts;
using Convening.Contracts.Notifications;
using Microsoft.Extensions.Options;

namespace Convening.Grains.Notifications;

[GenerateSerializer, Alias("convening.fan-out-state")]
public sealed class FanOutState
{
    [Id(0)] public List<FanOutJob> Jobs { get; set; } = [];

    /// <summary>The ids of the latest fan-outs finished, so that one started again does nothing.</summary>
    [Id(1)] public List<string> Finished { get; set; } = [];
}

[GenerateSerializer, Alias("convening.fan-out-job")]
public sealed class FanOutJob
{
    [Id(0)] public FanOut FanOut { get; set; } = null!;

    /// <summary>How many of its people have been told (written after each batch).</summary>
    [Id(1)] public int Next { get; set; }
}

/// <summary>
/// Tells one batch per timer tick, so calls to start another fan-out are answered between batches;
/// the reminder exists only while work waits and restarts the timer after a restart.
/// </summary>
public sealed class NoticeFanOutGrain(
    [PersistentState("fan-out", StorageNames.Main)] IPersistentState<FanOutState> state,
    IOptions<NotificationOptions> options)
    : Grain, INoticeFanOutGrain, IRemindable
{
    /// <summary>People told at once: enough to be quick, few enough that a batch ends well inside a call's timeout.</summary>
    public const int Batch = 25;

    private const int FinishedRemembered = 100;
    private const string ReminderName = "fan-out";

    private IGrainTimer? _timer;

    private FanOutState S => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Jobs.Count > 0)
            await Resume();
    }

    public async Task Start(FanOut fanOut)
    {
        if (S.Finished.Contains(fanOut.Id) || S.Jobs.Any(j => j.FanOut.Id == fanOut.Id))
            return;
        S.Jobs.Add(new FanOutJob { FanOut = fanOut });
        await state.Write(this);
        await Resume();
    }

    public Task<int> Waiting() => Task.FromResult(S.Jobs.Sum(j => j.FanOut.People.Count - j.Next));

    public Task ReceiveReminder(string reminderName, TickStatus status) => Resume();

    private async Task Resume()
    {
        if (S.Jobs.Count == 0)
        {
            if (await this.GetReminder(ReminderName) is { } reminder)
                await this.UnregisterReminder(reminder);
            return;
        }
        await this.RegisterOrUpdateReminder(ReminderName, options.Value.Tick, options.Value.Tick);
        _timer ??= this.RegisterGrainTimer(TellNextBatch, new GrainTimerCreationOptions(TimeSpan.Zero, TimeSpan.FromMilliseconds(1)) { KeepAlive = true });
    }

    private async Task TellNextBatch(CancellationToken cancellationToken)
    {
        if (S.Jobs.Count == 0)
        {
            _timer?.Dispose();
            _timer = null;
            await Resume();
            return;
        }
        var job = S.Jobs[0];
        var batch = job.FanOut.People.Skip(job.Next).Take(Batch).ToList();
        try
        {
            await Task.WhenAll(batch.Select(person => Tell(person, job.FanOut.Steps)));
        }
        catch
        {
            // Someone could not be told just now: the reminder tries this batch again at its next tick.
            _timer?.Dispose();
            _timer = null;
            throw;
        }
        job.Next += batch.Count;
        if (job.Next >= job.FanOut.People.Count)
        {
            S.Jobs.RemoveAt(0);
            S.Finished.Add(job.FanOut.Id);
            if (S.Finished.Count > FinishedRemembered)
                S.Finished.RemoveAt(0);
        }
        await state.Write(this);
    }

    private async Task Tell(string person, IReadOnlyList<FanOutStep> steps)
    {
        var centre = GrainFactory.GetGrain<INotificationsGrain>(person);
        foreach (var step in steps.Where(s => !s.Except.Contains(person)))
        {
            if (step.Unschedule is { } key)
                await centre.Unschedule(For(key, person));
            else if (step.Notice is { } notice && step.At is { } at)
                await centre.Schedule(notice with { Key = For(notice.Key, person) }, at);
            else if (step.Notice is { } now)
                await centre.Notify(now with { Key = For(now.Key, person) });
        }
    }

    private static string For(string key, string person) => key.Replace(FanOutStep.Person, person, StringComparison.Ordinal);
}
