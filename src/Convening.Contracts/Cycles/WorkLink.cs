namespace Convening.Contracts.Cycles;

/// <summary>
/// A pointer from a reflection or a principle to a learning cycle, or to one experiment of it.
/// Only someone who can see the cycle (a member of its group) may make one.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.work-link")]
public sealed record WorkLink(
    [property: Id(0)] string CycleId,
    [property: Id(1)] string? ExperimentId)
{
    /// <summary>The cycle page, or the experiment's card on it.</summary>
    public string Path => ExperimentId is null ? $"/cycles/{CycleId}" : $"/cycles/{CycleId}#experiment-{ExperimentId}";
}
