using System.Diagnostics;
using System.Runtime;

namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// The CPU time and the wall time of one piece of work, and how many methods the JIT compiled meanwhile (any thread):
/// a pass that compiles is not yet measuring settled code.
/// </summary>
public readonly record struct Cost(TimeSpan Cpu, TimeSpan Wall, long JitMethods)
{
    public static Cost Of(Action work)
    {
        var jit = JitInfo.GetCompiledMethodCount();
        var wall = Stopwatch.GetTimestamp();
        var cpu = CpuClock.Now();
        work();
        return new Cost(CpuClock.Now() - cpu, Stopwatch.GetElapsedTime(wall), JitInfo.GetCompiledMethodCount() - jit);
    }
}
