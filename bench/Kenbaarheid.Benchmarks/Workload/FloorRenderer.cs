using System.Text.Json;
using HandlebarsDotNet;
using Kenbaarheid.Events;
using Kenbaarheid.Explanation;
using Kenbaarheid.Rendering;

namespace Kenbaarheid.Benchmarks.Workload;

/// <summary>
/// The floor: bare Handlebars.Net rendering of the renderer's own compiled templates with the very models it builds,
/// prepared once per sample. What is left out is everything the pipeline adds around the templates: parsing and
/// validating, explaining, building the model, tidying, UTF-8, explanation.json, hashes, manifest and store.
/// </summary>
public sealed class FloorRenderer
{
    private readonly List<List<(HandlebarsTemplate<object, object> Template, Dictionary<string, object?> Model)>> _renders;

    public FloorRenderer(SampleWorkload workload)
    {
        var validator = new EventValidator(workload.Agencies);
        var explainer = new NoticeExplainer(workload.Registry);
        var renderer = new NoticeRenderer(workload.Templates);
        var renders = new List<List<(HandlebarsTemplate<object, object> Template, Dictionary<string, object?> Model)>>();
        for (var sample = 0; sample < workload.SampleCount; sample++)
        {
            var decisionEvent = validator.Validate(workload.SampleEvent(sample)).Event
                ?? throw new InvalidOperationException($"Sample {sample} of the workload does not validate.");
            workload.Agencies.TryGet(decisionEvent.AgencyId.Value, out var agency);
            var explanation = explainer.Explain(decisionEvent, agency!).Explanation
                ?? throw new InvalidOperationException($"Sample {sample} of the workload is not explained.");
            using var json = JsonDocument.Parse(ExplanationDocument.Serialize(explanation));
            var model = TemplateModel.FromJson(json.RootElement);
            renders.Add(explanation.Languages
                .SelectMany(language => Enum.GetValues<TemplateChannel>().Select(channel =>
                    (renderer.CompiledTemplate(language, channel), renderer.ModelFor(model, language, channel))))
                .ToList());
        }

        _renders = renders;
    }

    /// <summary>Documents per notice, the same for every sample: Dutch and English, HTML and text.</summary>
    public int DocumentsPerNotice => _renders[0].Count;

    /// <summary>Renders every document of notice <paramref name="index"/>'s sample; returns the characters written.</summary>
    public long RenderNotice(long index)
    {
        var length = 0L;
        foreach (var (template, model) in _renders[(int)(index % _renders.Count)])
        {
            length += template(model).Length;
        }

        return length;
    }
}
