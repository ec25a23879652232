namespace Convening.Contracts.Storage;

/// <summary>
/// An append-only log of events per stream, with snapshots, for aggregates that change often
/// (boards, journals): the cost of a change does not grow with the size of the aggregate.
/// The host registers one under <see cref="StorageNames.Main"/>; grains never know which store it is.
/// </summary>
public interface IEventLog
{
    /// <summary>
    /// Appends one event as version <paramref name="expectedVersion"/> + 1 (the stream's versions are
    /// 1, 2, 3, … with no gaps). Durable before it returns. Throws <see cref="EventLogConflictException"/>
    /// if another writer appended that version first.
    /// </summary>
    Task Append(string stream, long expectedVersion, byte[] data);

    /// <summary>Events with versions after <paramref name="afterVersion"/>, oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<LoggedEvent>> Read(string stream, long afterVersion, int max);

    Task<Snapshot?> ReadSnapshot(string stream);

    /// <summary>Keeps the newest snapshot only; an older one never replaces a newer one.</summary>
    Task WriteSnapshot(string stream, Snapshot snapshot);
}

public sealed record LoggedEvent(long Version, byte[] Data);

public sealed record Snapshot(long Version, byte[] Data);

public sealed class EventLogConflictException(string stream, long expected)
    : Exception($"Stream '{stream}' has moved past version {expected}: another writer appended first.")
{
    public string Stream { get; } = stream;
    public long Expected { get; } = expected;
}
