namespace Kenbaarheid.Tests;

/// <summary>Paths into the repository, found from the test binaries so tests run from any working directory.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding Kenbaarheid.sln.</summary>
    public static string Root => RootPath.Value;

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Kenbaarheid.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Kenbaarheid.sln found in {AppContext.BaseDirectory} or any folder above it.");
    }
}
