namespace Convening.Contracts.Cycles.Spc;

/// <summary>
/// A point as charted: its value (a percentage on a p-chart, a rate on a u-chart), the mean and
/// limits that apply to it (null on a run chart), and the signals that fired, strongest first.
/// </summary>
public sealed record SpcPoint(
    DateOnly Date,
    double Value,
    int Period,
    bool InBaseline,
    double Mean,
    double? UpperLimit,
    double? LowerLimit,
    double? UpperTwoSigma,
    double? LowerTwoSigma,
    double? MovingRange,
    IReadOnlyList<SignalKind> Signals,
    PointType Type)
{
    public bool IsSpecialCause => Signals.Count > 0;

    /// <summary>The signal NHSRplotthedots would name for this point, by its precedence.</summary>
    public SignalKind? Strongest => Signals.Count == 0 ? null : Signals[0];
}

/// <summary>How the mean moved at a recalculation, judged by the measure's improvement direction.</summary>
public enum PeriodChange
{
    None = 0,
    Improvement = 1,
    Concern = 2,
    Neutral = 3,
}

/// <summary>
/// A stretch of points between recalculations, with the baseline its limits came from. On an XmR or
/// c-chart the limits are the same for every point; on p- and u-charts they vary with the denominator
/// (see each point). <see cref="HasLimits"/> is false with fewer than 12 points: a run chart.
/// </summary>
public sealed record SpcPeriod(
    int Index,
    DateOnly From,
    DateOnly To,
    int Count,
    int BaselineCount,
    double Mean,
    double? AverageMovingRange,
    int ScreenedRanges,
    bool HasLimits,
    double? UpperLimit,
    double? LowerLimit,
    PeriodChange Change);
