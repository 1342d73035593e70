using System.Globalization;

namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// The CPU time another process has used, every thread of it included: user plus system time from
/// <c>/proc/{pid}/stat</c>, in clock ticks of 10 ms (Linux's USER_HZ, 100 on every architecture .NET runs on).
/// Coarse, so it is read around whole rounds, never around one notice.
/// </summary>
public static class ProcessCpu
{
    private const double TicksPerSecond = 100;

    /// <summary>The CPU time process <paramref name="processId"/> has used so far; zero where /proc is missing.</summary>
    public static TimeSpan Of(int processId)
    {
        var stat = $"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/stat";
        if (!File.Exists(stat))
        {
            return TimeSpan.Zero;
        }

        // The command name (field 2) is in parentheses and may hold spaces; the fields after it start at 3 (state),
        // so utime (field 14) and stime (field 15) are the 12th and 13th after the closing parenthesis.
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
