using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// CPU time this process has used, every thread included (GC and JIT too), in nanoseconds: what a notice costs,
/// whatever else the shared machine runs meanwhile. Wall time counts the time other processes held the core; CPU
/// time does not. Linux's CLOCK_PROCESS_CPUTIME_ID; elsewhere <see cref="Process.TotalProcessorTime"/>, which is coarser.
/// </summary>
public static partial class CpuClock
{
    private const int ClockProcessCpuTimeId = 2;

    public static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockProcessCpuTimeId, out var time) == 0)
        {
            return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
        }

        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
