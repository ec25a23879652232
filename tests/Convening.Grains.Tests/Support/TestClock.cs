namespace Convening.Grains.Tests.Support;

/// <summary>
/// The grains' clock in tests: real time, moved forward on demand so a test can let a gathering
/// happen without waiting. Tests in the cluster collection run one at a time, so a shift made
/// with <see cref="Advance"/> is seen only by the test that made it.
/// </summary>
public sealed class TestClock : TimeProvider
{
    public static TestClock Instance { get; } = new();

    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves the clock forward until the returned handle is disposed.</summary>
    public IDisposable Advance(TimeSpan by)
    {
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        return new Undo(() => Interlocked.Add(ref _offsetTicks, -by.Ticks));
    }

    private sealed class Undo(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
