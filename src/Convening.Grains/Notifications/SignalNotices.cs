using Convening.Contracts.Cycles.Spc;
using Convening.Contracts.Notifications;

namespace Convening.Grains.Notifications;

/// <summary>
/// What a group is told when a measure shows a new special-cause signal. A signal is known by its
/// rule, its direction and the date of its first point, so one that grows (a run of seven becoming
/// eight) is the same signal and is told once; the notice says which rule fired and whether it is an
/// improvement, and links to the chart (what to do next is on the chart's page).
/// </summary>
public static class SignalNotices
{
    /// <summary>New data can bring several signals at once; each person is told of this many at most.</summary>
    public const int PerChange = 3;

    public static IReadOnlyDictionary<string, SpcSignal> Of(SpcChart chart) =>
        chart.Signals.GroupBy(s => $"{s.Kind}:{s.Direction}:{chart.Points[s.First].Date:yyyy-MM-dd}").ToDictionary(g => g.Key, g => g.First());

    public static Notice New(string cycleId, string measureId, string measureName, string groupId, string signalKey, SpcSignal signal) =>
        new($"signal:{cycleId}:{measureId}:{signalKey}", NoticeKind.Signals,
            $"A new signal on {measureName}: {Describe(signal)}", $"/cycles/{cycleId}/measures/{measureId}", groupId)
        {
            Detail = signal.Improvement switch
            {
                true => "It points to an improvement. Look at the chart to see what changed.",
                false => "It points to a change for the worse. Look at the chart to see what changed.",
                null => "Look at the chart to see what changed.",
            },
        };

    private static string Describe(SpcSignal s)
    {
        var high = s.Direction == SignalDirection.High;
        return s.Kind switch
        {
            SignalKind.OutsideLimits => high ? "a point above the upper limit" : "a point below the lower limit",
            SignalKind.Trend => high ? "seven points in a row rising" : "seven points in a row falling",
            SignalKind.TwoOfThree => high ? "two of three points close to the upper limit" : "two of three points close to the lower limit",
            _ => high ? "seven or more points in a row above the mean" : "seven or more points in a row below the mean",
        };
    }
}
