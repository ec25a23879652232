namespace Convening.Contracts.Cycles.Spc;

/// <summary>Which way is better for a measure: it decides whether a signal is an improvement or a concern.</summary>
public enum ImprovementDirection
{
    /// <summary>Higher is better.</summary>
    Increase = 0,

    /// <summary>Lower is better.</summary>
    Decrease = 1,

    /// <summary>Neither: signals are shown as neutral, high or low.</summary>
    Neither = 2,
}

/// <summary>How the limits are worked out.</summary>
public enum ChartKind
{
    /// <summary>Individuals and moving range: limits from the average moving range (any measurement).</summary>
    Xmr = 0,

    /// <summary>A proportion from numerators and denominators; limits vary with the denominator and stay within 0–100%.</summary>
    P = 1,

    /// <summary>A count of events in equal opportunities (e.g. complaints a week); limits from the Poisson spread.</summary>
    C = 2,

    /// <summary>A count per unit of exposure (e.g. falls per 1,000 bed days); limits vary with the exposure.</summary>
    U = 3,
}

/// <summary>
/// Everything the computation needs besides the points. Limits are fixed on a baseline (the first
/// <see cref="BaselinePoints"/> points of each period) and extended forward; each date in
/// <see cref="Recalculations"/> starts a new period with its own baseline.
/// </summary>
public sealed record SpcSettings(
    ChartKind Kind = ChartKind.Xmr,
    ImprovementDirection Direction = ImprovementDirection.Increase,
    double? Target = null,
    int BaselinePoints = SpcSettings.DefaultBaseline,
    bool ScreenOutliers = true,
    IReadOnlyList<DateOnly>? Recalculations = null)
{
    /// <summary>The NHS default: limits from the first 20 points, then fixed.</summary>
    public const int DefaultBaseline = 20;

    /// <summary>Fewer points than this in a period give too rough an estimate of its limits, so none are drawn (a run chart).</summary>
    public const int MinimumForLimits = 12;

    /// <summary>The longest baseline a measure can ask for.</summary>
    public const int MaximumBaseline = 500;

    public IReadOnlyList<DateOnly> RecalculationDates => Recalculations ?? [];
}
