using Kenbaarheid.Agencies;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Registry;
using Kenbaarheid.Rendering;
using Kenbaarheid.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Kenbaarheid.Tests.Pipeline;

/// <summary>
/// A pipeline on the repository's samples (or the template fixtures' agencies and register) and templates, writing
/// to a fresh temporary folder with a fixed clock. Loading is shared between tests; every harness gets its own output
/// folder.
/// </summary>
internal sealed class PipelineHarness : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<(AgencyDirectory Agencies, RegistrySnapshot Registry, TemplateSet Templates)> Configuration = new(() => (
        AgencyProfileLoader.LoadAsync(Path.Combine(RepositoryPaths.Samples, "agencies")).GetAwaiter().GetResult(),
        RegistrySnapshotLoader.LoadAsync(Path.Combine(RepositoryPaths.Samples, "registry")).GetAwaiter().GetResult(),
        TemplateSetLoader.LoadAsync(Path.Combine(RepositoryPaths.Root, "templates")).GetAwaiter().GetResult()));

    private static readonly Lazy<(AgencyDirectory Agencies, RegistrySnapshot Registry)> FixtureConfiguration = new(() => (
        AgencyProfileLoader.LoadAsync(Path.Combine(FixtureFolder, "agencies")).GetAwaiter().GetResult(),
        RegistrySnapshotLoader.LoadAsync(Path.Combine(FixtureFolder, "registry")).GetAwaiter().GetResult()));

    /// <summary>On the template fixtures' agencies and register, for the events in <c>templates/fixtures/events</c>.</summary>
    public PipelineHarness(bool fixtures)
        : this(store: null, fixtures ? FixtureConfiguration.Value.Agencies : Agencies, fixtures ? FixtureConfiguration.Value.Registry : Registry)
    {
    }

    public PipelineHarness(INoticeStore? store = null)
        : this(store, Agencies, Registry)
    {
    }

    private PipelineHarness(INoticeStore? store, AgencyDirectory agencies, RegistrySnapshot registry)
    {
        // The output folder sits alone in a folder of its own, so a test can see that nothing was written beside it.
        Sandbox = Directory.CreateTempSubdirectory("kenbaarheid-test-").FullName;
        OutputFolder = Path.Combine(Sandbox, "out");
        Directory.CreateDirectory(OutputFolder);
        Pipeline = new NoticePipelineBuilder()
            .WithAgencies(agencies)
            .WithRegistry(registry)
            .WithTemplates(Templates)
            .WithStore(store ?? new FileSystemNoticeStore(OutputFolder))
            .WithTimeProvider(new FakeTimeProvider(Now))
            .Build();
    }

    public static string FixtureFolder => Path.Combine(RepositoryPaths.Root, "templates", "fixtures");

    public static AgencyDirectory Agencies => Configuration.Value.Agencies;

    public static RegistrySnapshot Registry => Configuration.Value.Registry;

    public static TemplateSet Templates => Configuration.Value.Templates;

    public string Sandbox { get; }

    public string OutputFolder { get; }

    public NoticePipeline Pipeline { get; }

    public Task<PipelineOutcome> ProcessAsync(byte[] eventBytes) => Pipeline.ProcessAsync(eventBytes);

    /// <summary>Every file below the output folder, by relative path, with its bytes.</summary>
    public IReadOnlyDictionary<string, byte[]> Files() =>
        Directory.EnumerateFiles(OutputFolder, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(OutputFolder, path).Replace('\\', '/'), File.ReadAllBytes);

    public string ReadText(string relativePath) => File.ReadAllText(Path.Combine(OutputFolder, relativePath));

    public void Dispose() => Directory.Delete(Sandbox, recursive: true);
}
