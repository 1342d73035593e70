using System.Diagnostics;

namespace Kenbaarheid.Benchmarks.Load;

/// <summary>The CPU time and the wall time of one piece of work.</summary>
public readonly record struct Cost(TimeSpan Cpu, TimeSpan Wall)
{
    public static Cost Of(Action work)
    {
        var wall = Stopwatch.GetTimestamp();
        var cpu = CpuClock.Now();
        work();
        return new Cost(CpuClock.Now() - cpu, Stopwatch.GetElapsedTime(wall));
    }

    public static Cost operator -(Cost left, Cost right) => new(left.Cpu - right.Cpu, left.Wall - right.Wall);

    public static Cost operator +(Cost left, Cost right) => new(left.Cpu + right.Cpu, left.Wall + right.Wall);

    public static Cost Subtract(Cost left, Cost right) => left - right;

    public static Cost Add(Cost left, Cost right) => left + right;
}
