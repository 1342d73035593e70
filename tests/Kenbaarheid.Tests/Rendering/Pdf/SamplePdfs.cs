using Kenbaarheid.Pipeline;
using Kenbaarheid.Tests.Events;
using Kenbaarheid.Tests.Pipeline;

namespace Kenbaarheid.Tests.Rendering.Pdf;

/// <summary>
/// The PDF notices of every valid sample, produced once by the real pipeline (as <c>process samples/events</c> does),
/// with the HTML and text they were laid out beside.
/// </summary>
public static class SamplePdfs
{
    private static readonly Lazy<IReadOnlyList<SamplePdf>> All = new(Produce);

    public static IReadOnlyList<SamplePdf> Documents => All.Value;

    public static TheoryData<string> Names => new(Documents.Select(d => d.Name));

    public static SamplePdf Named(string name) => Documents.Single(d => d.Name == name);

    private static List<SamplePdf> Produce()
    {
        var documents = new List<SamplePdf>();
        foreach (var sample in SampleEvents.Valid)
        {
            using var harness = new PipelineHarness();
            var issued = (PipelineOutcome.Issued)harness.ProcessAsync(SampleEvents.Bytes(sample)).GetAwaiter().GetResult();
            foreach (var language in issued.Manifest.Languages)
            {
                byte[] Read(string extension) => File.ReadAllBytes(Path.Combine(harness.OutputFolder, issued.Folder, $"notice.{language}.{extension}"));
                documents.Add(new SamplePdf(
                    $"{Path.GetFileNameWithoutExtension(sample)}/{language}",
                    language,
                    issued.Manifest.DecisionId.Value,
                    Read("pdf"),
                    System.Text.Encoding.UTF8.GetString(Read("html")),
                    System.Text.Encoding.UTF8.GetString(Read("txt"))));
            }
        }

        return documents;
    }
}
