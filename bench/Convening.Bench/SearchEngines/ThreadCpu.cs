using System.Runtime.InteropServices;

namespace Convening.Bench.SearchEngines;

/// <summary>
/// The CPU time the calling thread has used (Linux CLOCK_THREAD_CPUTIME_ID): what a search costs,
/// without the time it waited for a core, which on a shared machine is most of the wall time.
/// Both indexes search on the caller's thread (SQLite in native code, Lucene in .NET), so it counts all their work.
/// </summary>
internal static partial class ThreadCpu
{
    private const int ThreadCpuTimeClock = 3;

    public static bool Available { get; } = OperatingSystem.IsLinux();

    /// <summary>Milliseconds of CPU this thread has used so far (0 where the clock is not available).</summary>
    public static double Milliseconds()
    {
        if (!Available || clock_gettime(ThreadCpuTimeClock, out var time) != 0)
            return 0;
        return time.Seconds * 1_000d + time.Nanoseconds / 1_000_000d;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int clock_gettime(int clock, out Timespec time);
}
