using System.Text.Json;
using BenchmarkDotNet.Attributes;
using HandlebarsDotNet;
using Kenbaarheid.Benchmarks.Workload;
using Kenbaarheid.Events;
using Kenbaarheid.Explanation;
using Kenbaarheid.Rendering;

namespace Kenbaarheid.Benchmarks.Micro;

/// <summary>
/// Rendering per template for sample 01 (nl and en, html and txt): the bare compiled Handlebars template with a
/// prepared model (the floor), the renderer's whole document (model, template, tidy), and the whole notice.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private NoticeRenderer _renderer = null!;
    private NoticeExplanation _explanation = null!;
    private JsonElement _json;
    private HandlebarsTemplate<object, object> _compiled = null!;
    private Dictionary<string, object?> _model = null!;
    private JsonDocument? _document;

    [Params("nl.html", "nl.txt", "en.html", "en.txt")]
    public string Template { get; set; } = "nl.html";

    private string Language => Template.Split('.')[0];

    private TemplateChannel Channel => Template.EndsWith("html", StringComparison.Ordinal) ? TemplateChannel.Html : TemplateChannel.Txt;

    [GlobalSetup]
    public void Setup()
    {
        var workload = SampleWorkload.Load();
        var decisionEvent = new EventValidator(workload.Agencies).Validate(workload.SampleEvent(0)).Event!;
        workload.Agencies.TryGet(decisionEvent.AgencyId.Value, out var agency);
        _explanation = new NoticeExplainer(workload.Registry).Explain(decisionEvent, agency!).Explanation!;
        _renderer = new NoticeRenderer(workload.Templates);
        _document = JsonDocument.Parse(ExplanationDocument.Serialize(_explanation));
        _json = _document.RootElement;
        _compiled = _renderer.CompiledTemplate(Language, Channel);
        _model = _renderer.ModelFor(TemplateModel.FromJson(_json), Language, Channel);
    }

    [GlobalCleanup]
    public void Cleanup() => _document?.Dispose();

    [Benchmark(Baseline = true)]
    public string BareHandlebars() => _compiled(_model);

    [Benchmark]
    public string Document() => _renderer.RenderOne(_json, _explanation.NoticeId, Language, Channel).Text;

    [Benchmark]
    public Dictionary<string, object?> ModelOnly() => TemplateModel.FromJson(_json);

    [Benchmark]
    public RenderedNotice WholeNotice() => _renderer.Render(_explanation);
}
