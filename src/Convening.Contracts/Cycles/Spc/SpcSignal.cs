namespace Convening.Contracts.Cycles.Spc;

/// <summary>
/// The NHS "Making Data Count" special-cause rules, in the order NHSRplotthedots ranks them when a
/// point carries several: outside the limits, then a trend, then two of three, then a run.
/// </summary>
public enum SignalKind
{
    /// <summary>A single point beyond a process limit.</summary>
    OutsideLimits = 0,

    /// <summary>Seven consecutive points each higher (or each lower) than the one before.</summary>
    Trend = 1,

    /// <summary>Two of three consecutive points between the two-sigma line and the limit, all three on one side of the mean.</summary>
    TwoOfThree = 2,

    /// <summary>Seven or more consecutive points on one side of the mean (a shift).</summary>
    Run = 3,
}

/// <summary>Above or rising (<see cref="High"/>), below or falling (<see cref="Low"/>).</summary>
public enum SignalDirection
{
    High = 0,
    Low = 1,
}

/// <summary>What a point is, as NHSRplotthedots colours it.</summary>
public enum PointType
{
    CommonCause = 0,
    Improvement = 1,
    Concern = 2,

    /// <summary>Special cause above the mean on a measure where neither way is better.</summary>
    NeutralHigh = 3,

    /// <summary>Special cause below (or on) the mean on a measure where neither way is better.</summary>
    NeutralLow = 4,
}

/// <summary>
/// One special-cause signal and the points it marks (indexes into the chart's points, in order).
/// <see cref="Improvement"/> is null where neither way is better.
/// </summary>
public sealed record SpcSignal(SignalKind Kind, SignalDirection Direction, IReadOnlyList<int> Points, bool? Improvement)
{
    public int First => Points[0];

    public int Last => Points[^1];
}
