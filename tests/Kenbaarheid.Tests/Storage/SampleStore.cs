using Kenbaarheid.Agencies;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Storage;
using Kenbaarheid.Tests.Events;
using Kenbaarheid.Tests.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace Kenbaarheid.Tests.Storage;

/// <summary>A notice store filled by the real pipeline: every sample event, plus any extra events a test adds.</summary>
internal sealed class SampleStore : IDisposable
{
    public SampleStore(AgencyDirectory? agencies = null)
    {
        Folder = Directory.CreateTempSubdirectory("kenbaarheid-report-").FullName;
        Pipeline = new NoticePipelineBuilder()
            .WithAgencies(agencies ?? PipelineHarness.Agencies)
            .WithRegistry(PipelineHarness.Registry)
            .WithTemplates(PipelineHarness.Templates)
            .WithStore(new FileSystemNoticeStore(Folder))
            .WithTimeProvider(new FakeTimeProvider(PipelineHarness.Now))
            .Build();
    }

    public string Folder { get; }

    public NoticePipeline Pipeline { get; }

    public async Task<SampleStore> WithSamplesAsync()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Samples, "events"), "*.json").Order(StringComparer.Ordinal))
        {
            await Pipeline.ProcessAsync(await File.ReadAllBytesAsync(file));
        }

        return this;
    }

    public async Task<PipelineOutcome> ProcessAsync(System.Text.Json.Nodes.JsonObject tree) => await Pipeline.ProcessAsync(tree.ToBytes());

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
