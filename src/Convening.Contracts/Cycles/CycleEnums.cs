namespace Convening.Contracts.Cycles;

/// <summary>
/// The Human Learning Systems stages a cycle moves through, in order. A cycle moves one stage
/// at a time, forward or back, because skipping a stage usually means skipping the learning.
/// </summary>
public enum CycleStage
{
    Understand = 0,
    Plan = 1,
    Try = 2,
    Reflect = 3,
    Share = 4,
}

/// <summary>How another cycle relates to this one, seen from this cycle's side.</summary>
public enum CycleRelation
{
    /// <summary>This cycle feeds a wider cycle in the same place.</summary>
    Feeds = 0,

    /// <summary>A narrower cycle feeds this one.</summary>
    FedBy = 1,

    /// <summary>A cycle on a similar question in another group.</summary>
    Sibling = 2,
}

/// <summary>How sure the group is of what an experiment taught it.</summary>
public enum Confidence
{
    Low = 0,
    Medium = 1,
    High = 2,
}

/// <summary>
/// Value demand is what a service exists to meet; failure demand is caused by a failure to do
/// something, or do it right, for the person ("I'm calling again because nobody rang back").
/// </summary>
public enum DemandKind
{
    Value = 0,
    Failure = 1,
}
