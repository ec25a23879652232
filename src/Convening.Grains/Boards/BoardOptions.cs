using Convening.Contracts.Boards;

namespace Convening.Grains.Boards;

/// <summary>How fast one person may change a board: a burst, then a steady rate.</summary>
public sealed class BoardOptions
{
    public int BurstOperations { get; set; } = BoardLimits.BurstOperations;
    public double OperationsPerSecond { get; set; } = BoardLimits.OperationsPerSecond;
}
