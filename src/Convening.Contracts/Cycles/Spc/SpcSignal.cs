namespace Convening.Contracts.Cycles.Spc;

/// <summary>The NHS "Making Data Count" special-cause rules.</summary>
public enum SignalKind
{
    /// <summary>A single point beyond a natural process limit.</summary>
    OutsideLimits = 0,

    /// <summary>Seven or more consecutive points on one side of the mean (a shift).</summary>
    Run = 1,

    /// <summary>Seven or more consecutive points all rising or all falling.</summary>
    Trend = 2,

    /// <summary>Two out of three consecutive points beyond two sigma on the same side.</summary>
    NearLimit = 3,
}

/// <summary>Above or rising (<see cref="High"/>), below or falling (<see cref="Low"/>).</summary>
public enum SignalDirection
{
    High = 0,
    Low = 1,
}

/// <summary>
/// One special-cause signal and the points it marks (indexes into the chart's points, in order).
/// Whether it is an improvement depends on which way is better for the measure.
/// </summary>
public sealed record SpcSignal(SignalKind Kind, SignalDirection Direction, IReadOnlyList<int> Points, bool Improvement)
{
    public int First => Points[0];

    public int Last => Points[^1];
}

/// <summary>A point on the chart with its moving range and the signals it is part of.</summary>
public sealed record XmrPoint(DateOnly Date, double Value, double? MovingRange, IReadOnlyList<SignalKind> Signals, SignalDirection? Direction, bool? Improvement)
{
    public bool IsSpecialCause => Signals.Count > 0;
}
