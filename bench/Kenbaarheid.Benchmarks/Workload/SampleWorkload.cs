using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kenbaarheid.Agencies;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Registry;
using Kenbaarheid.Rendering;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Benchmarks.Workload;

/// <summary>
/// The events the benchmarks process: the bundled samples whose agency offers English, each with the recipient
/// asking for English, so every notice is rendered in Dutch and English, HTML and text. Distinct events are made by
/// giving the event id and the decision id a numbered suffix; nothing else changes, so every variant costs what its
/// sample costs. Sample 03 is left out: its agency offers Dutch only.
/// </summary>
public sealed class SampleWorkload
{
    /// <summary>The valid samples that can be written in both languages.</summary>
    public static readonly IReadOnlyList<string> SampleFiles =
    [
        "01-huurtoeslag-automated.json",
        "02-toeslag-risk-supported.json",
        "04-parkeervergunning-automated.json",
        "05-woz-supported.json",
        "06-generated-text-retired-algorithm.json",
    ];

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        // Keep "€" and "ë" as the agencies send them, so the variants are as long as the samples.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly IReadOnlyList<SampleTemplate> _samples;

    private SampleWorkload(AgencyDirectory agencies, RegistrySnapshot registry, TemplateSet templates, IReadOnlyList<SampleTemplate> samples)
    {
        Agencies = agencies;
        Registry = registry;
        Templates = templates;
        _samples = samples;
    }

    public AgencyDirectory Agencies { get; }

    public RegistrySnapshot Registry { get; }

    public TemplateSet Templates { get; }

    public int SampleCount => _samples.Count;

    public static async Task<SampleWorkload> LoadAsync()
    {
        var agencies = await AgencyProfileLoader.LoadAsync(Path.Combine(BenchPaths.Samples, "agencies")).ConfigureAwait(false);
        var registry = await RegistrySnapshotLoader.LoadAsync(Path.Combine(BenchPaths.Samples, "registry")).ConfigureAwait(false);
        var templates = await TemplateSetLoader.LoadAsync(BenchPaths.Templates).ConfigureAwait(false);
        var samples = new List<SampleTemplate>();
        foreach (var file in SampleFiles)
        {
            var node = JsonNode.Parse(await File.ReadAllBytesAsync(Path.Combine(BenchPaths.Samples, "events", file)).ConfigureAwait(false))!;
            node["data"]!["recipient"]!["language"] = "en";
            samples.Add(new SampleTemplate(
                node.ToJsonString(Indented),
                (string)node["id"]!,
                (string)node["data"]!["decision"]!["id"]!));
        }

        return new SampleWorkload(agencies, registry, templates, samples);
    }

    public static SampleWorkload Load() => LoadAsync().GetAwaiter().GetResult();

    /// <summary>
    /// A pipeline over the samples' agencies, register and templates, writing to <paramref name="store"/>. Without
    /// <paramref name="pdf"/> the agencies ask for HTML and text only: the pipeline the floor ratio and growth runs
    /// have measured since issue 8; the PDF's cost is measured beside it (stage table).
    /// </summary>
    public NoticePipeline BuildPipeline(INoticeStore store, bool pdf = false) => new NoticePipelineBuilder()
        .WithAgencies(pdf ? Agencies : new AgencyDirectory(Agencies.All.Select(a => a with { Formats = [NoticeFormat.Html, NoticeFormat.Txt] })))
        .WithRegistry(Registry)
        .WithTemplates(Templates)
        .WithStore(store)
        .Build();

    /// <summary>The bytes of sample <paramref name="sample"/> as the agency would send it, unnumbered.</summary>
    public byte[] SampleEvent(int sample) => Encoding.UTF8.GetBytes(_samples[sample].Json);

    /// <summary>
    /// Event number <paramref name="index"/>: sample <c>index % SampleCount</c> with its event id and decision id
    /// numbered, so each index is a new decision with a notice of its own. <paramref name="run"/> keeps runs apart.
    /// </summary>
    public byte[] Event(long index, string run = "b")
    {
        var sample = _samples[(int)(index % _samples.Count)];
        var suffix = $"-{run}{index:D7}";
        var json = sample.Json
            .Replace($"\"{sample.EventId}\"", $"\"{sample.EventId}{suffix}\"", StringComparison.Ordinal)
            .Replace($"\"{sample.DecisionId}\"", $"\"{sample.DecisionId}{suffix}\"", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(json);
    }

    private sealed record SampleTemplate(string Json, string EventId, string DecisionId);
}
