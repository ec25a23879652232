using Convening.Contracts.Cycles;
using Convening.Contracts.Groups;
using Convening.Contracts.Notifications;
using Convening.Grains.Notifications;

namespace Convening.Grains.Cycles;

/// <summary>
/// After a measure's points are stored, the group hears of each special-cause signal the chart did
/// not show before (at most <see cref="SignalNotices.PerChange"/>, the newest). Keys make it once per
/// signal: one that vanishes with a correction and comes back is not told again.
/// </summary>
public sealed partial class LearningCycleGrain
{
    private IReadOnlySet<string> SignalKeys(MeasureDefinition definition) =>
        SignalNotices.Of(MeasureOf(definition).Chart()).Keys.ToHashSet();

    private Task TellNewSignals(MeasureDefinition definition, IReadOnlySet<string> before)
    {
        var signals = SignalNotices.Of(MeasureOf(definition).Chart());
        var fresh = signals.Where(s => !before.Contains(s.Key)).OrderByDescending(s => s.Value.Last).Take(SignalNotices.PerChange).ToList();
        if (fresh.Count == 0)
            return Task.CompletedTask;
        var (cycle, group) = (Id, S.GroupId);
        return this.Run(logger, "telling the group of new signals", async () =>
        {
            var members = await GrainFactory.GetGrain<IGroupGrain>(group).MemberNames();
            var steps = fresh.Select(s => FanOutStep.Tell(SignalNotices.New(cycle, definition.Id, definition.Name, group, s.Key, s.Value))).ToList();
            // In the background: a 500-member group is told in batches, not inside this call.
            await GrainFactory.GetGrain<INoticeFanOutGrain>("cycle:" + cycle)
                .Start(new FanOut(string.Join('|', steps.Select(s => s.Notice!.Key)), [.. members.Select(m => m.Id)], steps));
        });
    }
}
