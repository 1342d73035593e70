using System.Diagnostics;
using System.Text.Json;

namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// Runs one measurement in a child process of this tool pinned to one core, and reads its result. A process of its
/// own gives each measurement its own peak memory and JIT state; pinning with <c>taskset</c> binds every thread of
/// it (GC and thread pool included), which <see cref="Process.ProcessorAffinity"/> on Linux does only for the thread
/// that sets it.
/// </summary>
public static class PinnedChild
{
    public const string ResultPrefix = "RESULT ";

    /// <summary>The core the children run on: the last one, away from whatever the system starts on core 0.</summary>
    public static int Core => Environment.ProcessorCount - 1;

    public static bool CanPin => File.Exists("/usr/bin/taskset") || File.Exists("/bin/taskset");

    /// <summary>How the children are pinned, in words; asked in the parent, which sees every core.</summary>
    public static string Pinning => CanPin
        ? $"`taskset -c {Core}`: the child process, every thread of it, on core {Core} of {Environment.ProcessorCount}; the work on one thread"
        : "not pinned (no taskset): the work on one thread";

    public static async Task<T> RunAsync<T>(params string[] arguments)
    {
        var self = typeof(PinnedChild).Assembly.Location;
        var host = Environment.ProcessPath ?? "dotnet";
        var command = new List<string>();
        if (CanPin)
        {
            command.AddRange(["taskset", "-c", Core.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        // Started through the dotnet host, the tool runs as "dotnet tool.dll"; through its apphost, as itself.
        command.Add(host);
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            command.Add(self);
        }

        command.AddRange(arguments);
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start '{string.Join(' ', command)}'.");
        var output = await child.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await child.WaitForExitAsync().ConfigureAwait(false);
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith(ResultPrefix, StringComparison.Ordinal));
        if (child.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"'{string.Join(' ', arguments)}' failed with exit code {child.ExitCode}:\n{output}");
        }

        return JsonSerializer.Deserialize<T>(line[ResultPrefix.Length..])
            ?? throw new InvalidOperationException($"'{string.Join(' ', arguments)}' printed an empty result.");
    }

    /// <summary>The child's side: prints the result on the line the parent reads.</summary>
    public static void Report<T>(T result) => Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result));
}
