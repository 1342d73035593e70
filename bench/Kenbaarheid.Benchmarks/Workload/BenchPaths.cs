namespace Kenbaarheid.Benchmarks.Workload;

/// <summary>Paths into the repository, found from the binaries, so the tool runs from any working directory.</summary>
public static class BenchPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding Kenbaarheid.sln.</summary>
    public static string Root => RootPath.Value;

    public static string Samples => Path.Combine(Root, "samples");

    public static string Templates => Path.Combine(Root, "templates");

    private static string FindRoot()
    {
        // BenchmarkDotNet runs benchmarks from a generated project below bin/, so walk up from there too.
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Kenbaarheid.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No Kenbaarheid.sln found above '{AppContext.BaseDirectory}' or '{Environment.CurrentDirectory}'.");
    }
}
