namespace Kenbaarheid.Benchmarks.Load;

/// <summary>The process's resident memory, from /proc (Linux): what an instance's memory size must hold.</summary>
public static class ProcessMemory
{
    /// <summary>Peak resident set size (VmHWM) in MiB; 0 where /proc is missing.</summary>
    public static double PeakResidentMiB() => ReadKiB("VmHWM:") / 1024.0;

    /// <summary>Current resident set size (VmRSS) in MiB; 0 where /proc is missing.</summary>
    public static double ResidentMiB() => ReadKiB("VmRSS:") / 1024.0;

    private static long ReadKiB(string field)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return 0;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}
