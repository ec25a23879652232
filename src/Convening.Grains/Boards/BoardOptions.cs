using System.ComponentModel.DataAnnotations;
using Convening.Contracts.Boards;

namespace Convening.Grains.Boards;

/// <summary>How fast one person may change a board: a burst, then a steady rate; and how often a board is snapshotted.</summary>
public sealed class BoardOptions
{
    public const string Section = "Convening:Boards";

    [Range(1, int.MaxValue, ErrorMessage = Section + ":BurstOperations must be at least 1.")]
    public int BurstOperations { get; set; } = BoardLimits.BurstOperations;

    [Range(double.Epsilon, double.MaxValue, ErrorMessage = Section + ":OperationsPerSecond must be more than 0.")]
    public double OperationsPerSecond { get; set; } = BoardLimits.OperationsPerSecond;

    /// <summary>Changes between snapshots of a small board (a big board snapshots less often).</summary>
    [Range(1, int.MaxValue, ErrorMessage = Section + ":SnapshotEvery must be at least 1.")]
    public int SnapshotEvery { get; set; } = BoardLimits.SnapshotEvery;
}
