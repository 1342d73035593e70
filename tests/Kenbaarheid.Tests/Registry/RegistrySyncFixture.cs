using Kenbaarheid.Pipeline;
using Kenbaarheid.Registry;
using Kenbaarheid.Storage;
using Kenbaarheid.Tests.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace Kenbaarheid.Tests.Registry;

/// <summary>
/// The whole register path in one place: the fixture server, a sync into a temporary folder, and a pipeline whose
/// register is a <see cref="RefreshingRegistrySnapshotSource"/> on that folder.
/// </summary>
internal sealed class RegistrySyncFixture : IDisposable
{
    public static readonly string[] SampleOrganisations = ["zb999901", "zb999902", "gm9999"];

    private readonly HttpClient _http = new();

    public RegistrySyncFixture()
    {
        Folder = Directory.CreateTempSubdirectory("kenbaarheid-sync-").FullName;
        Store = new FolderRegistrySnapshotStore(Path.Combine(Folder, "registry"));
        Synchronizer = new RegistrySynchronizer(
            new AlgoritmeregisterClient(_http, AlgoritmeregisterClientTests.FastOptions(Server.BaseAddress)),
            Store,
            Time,
            SyncLog);
    }

    public RegisterFixtureServer Server { get; } = new();

    /// <summary>Starts at the sample events' time; tests move it on to pass refresh intervals.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero));

    public string Folder { get; }

    public string RegistryFolder => Path.Combine(Folder, "registry");

    public FolderRegistrySnapshotStore Store { get; }

    public RegistrySynchronizer Synchronizer { get; }

    public RecordingLogger<RegistrySynchronizer> SyncLog { get; } = new();

    public RecordingLogger<RefreshingRegistrySnapshotSource> SourceLog { get; } = new();

    public Task<RegistrySyncResult> SyncAsync() => Synchronizer.SyncAsync(SampleOrganisations);

    public Task<RefreshingRegistrySnapshotSource> SourceAsync(TimeSpan? refreshInterval = null) =>
        RefreshingRegistrySnapshotSource.CreateAsync(
            Store,
            new RefreshingRegistrySnapshotSourceOptions { RefreshInterval = refreshInterval ?? TimeSpan.FromMinutes(1) },
            Time,
            SourceLog);

    public NoticePipeline Pipeline(IRegistrySnapshotSource registry, string output) =>
        new NoticePipelineBuilder()
            .WithAgencies(PipelineHarness.Agencies)
            .WithRegistry(registry)
            .WithTemplates(PipelineHarness.Templates)
            .WithStore(new FileSystemNoticeStore(output))
            .WithTimeProvider(Time)
            .Build();

    public void Dispose()
    {
        Server.Dispose();
        _http.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
