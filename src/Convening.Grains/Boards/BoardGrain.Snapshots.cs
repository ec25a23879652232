using System.Diagnostics;
using Convening.Contracts.Storage;
using Microsoft.Extensions.Logging;

namespace Convening.Grains.Boards;

public sealed partial class BoardGrain
{
    /// <summary>
    /// A snapshot costs as much as the board is big, so a bigger board snapshots less often: the
    /// cost per change stays the same, and activation replays at most a quarter-board of events.
    /// </summary>
    private long SnapshotInterval() => Math.Max(options.Value.SnapshotEvery, _state.Cards.Count / 4);

    /// <summary>
    /// Writes a snapshot when one is due. It never fails the change that asked for it (that change
    /// is already durable in the log): a failure is logged and tried again after a back-off that
    /// doubles each time (1 s, 2 s, 4 s … up to 5 minutes), not on every later change, so a full
    /// disk does not cost every change a doomed write of the whole board.
    /// </summary>
    private async Task SnapshotIfDue()
    {
        if (_state.Version - _snapshotVersion < SnapshotInterval() || Stopwatch.GetTimestamp() < _snapshotRetryAt)
            return;
        try
        {
            await log.WriteSnapshot(Key, new Snapshot(_state.Version, serializer.SerializeToArray(_state)));
            (_snapshotVersion, _snapshotFailures) = (_state.Version, 0);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var backOff = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, _snapshotFailures), MaxSnapshotBackOff.TotalSeconds));
            _snapshotFailures++;
            _snapshotRetryAt = Stopwatch.GetTimestamp() + (long)(backOff.TotalSeconds * Stopwatch.Frequency);
            logger.LogError("Board {Board}: the snapshot at version {Version} failed ({Reason}); the change itself is stored and was acknowledged. Trying again in {BackOff} s.",
                Key, _state.Version, e.Message, backOff.TotalSeconds);
        }
    }
}
