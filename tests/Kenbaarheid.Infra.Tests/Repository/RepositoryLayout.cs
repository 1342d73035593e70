namespace Kenbaarheid.Infra.Tests.Repository;

/// <summary>Paths in the repository the tests read, found from the test assembly's location.</summary>
public static class RepositoryLayout
{
    private const string SolutionFileName = "Kenbaarheid.sln";

    /// <summary>The folder holding Kenbaarheid.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The infra folder with main.bicep.</summary>
    public static string InfraFolder => Path.Combine(Root, "infra");

    /// <summary>infra/main.bicep.</summary>
    public static string MainTemplate => Path.Combine(InfraFolder, "main.bicep");

    /// <summary>Every module under infra/modules.</summary>
    public static IReadOnlyList<string> Modules =>
        [.. Directory.GetFiles(Path.Combine(InfraFolder, "modules"), "*.bicep").Order(StringComparer.Ordinal)];

    /// <summary>Every parameter file under infra/env.</summary>
    public static IReadOnlyList<string> ParameterFiles =>
        [.. Directory.GetFiles(Path.Combine(InfraFolder, "env"), "*.bicepparam").Order(StringComparer.Ordinal)];

    /// <summary>The Functions host configuration at the repository root.</summary>
    public static string HostJson => Path.Combine(Root, "host.json");

    /// <summary>Every function.json, one per function folder under functions/.</summary>
    public static IReadOnlyList<string> FunctionJsonFiles =>
        [.. Directory.GetDirectories(Path.Combine(Root, "functions"))
            .Select(folder => Path.Combine(folder, "function.json"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)];

    private static string FindRoot()
    {
        // Walking up from the output folder works wherever the clone lives and however deep the
        // build output is.
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFileName)))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"No folder above '{AppContext.BaseDirectory}' holds {SolutionFileName}.");
    }
}
