namespace Convening.Contracts.Cycles.Spc;

/// <summary>The Making Data Count variation icon: what the latest point says.</summary>
public enum VariationIcon
{
    None = 0,
    CommonCause = 1,
    ImprovementHigh = 2,
    ImprovementLow = 3,
    ConcernHigh = 4,
    ConcernLow = 5,
    NeutralHigh = 6,
    NeutralLow = 7,
}

/// <summary>
/// The Making Data Count assurance icon: whether the process, as its latest limits describe it, will
/// meet the target. <see cref="None"/> without a target, limits or a better direction.
/// </summary>
public enum AssuranceIcon
{
    None = 0,
    Pass = 1,
    Fail = 2,
    HitAndMiss = 3,
}
