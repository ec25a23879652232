using Convening.Contracts.Boards;

namespace Convening.Grains.Boards;

/// <summary>How fast one person may change a board: a burst, then a steady rate; and how often a board is snapshotted.</summary>
public sealed class BoardOptions
{
    public int BurstOperations { get; set; } = BoardLimits.BurstOperations;
    public double OperationsPerSecond { get; set; } = BoardLimits.OperationsPerSecond;

    /// <summary>Changes between snapshots of a small board (a big board snapshots less often).</summary>
    public int SnapshotEvery { get; set; } = BoardLimits.SnapshotEvery;
}
