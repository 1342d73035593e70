using Kenbaarheid.Agencies;
using Kenbaarheid.Benchmarks.Workload;
using Kenbaarheid.Events;
using Kenbaarheid.Explanation;
using Kenbaarheid.Rendering;

namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// Where one notice's CPU time goes, stage by stage, on the calling thread: the profile behind the CPU ratio. Each
/// stage runs over the same events on its own (its inputs prepared by the stage before), three times, and the
/// median counts, the lowest and highest beside it; the pipeline's remainder — hashes, manifest, store — is the whole
/// pipeline less the stages before it. It runs after the rounds, on the code tiering has settled, over the same number
/// of events as a round, so its whole pipeline and a round's pipeline measure the same thing. One untimed pass of every
/// stage comes first: the PDF code has not run in this process before (the ratio rounds make no PDFs), and without it
/// the PDF row would count the JIT compiling and tiering PDFsharp while the pipeline's rows would not.
/// </summary>
public static class StageBreakdown
{
    public const string WholePipeline = "whole pipeline (html + txt)";
    public const string PdfStage = "PDF: notice.{lang}.pdf from each HTML (layout, draw, tags, font subsets, save)";

    private const int Repeats = 3;

    public static IReadOnlyList<StageTime> Measure(SampleWorkload workload, int events)
    {
        var validator = new EventValidator(workload.Agencies);
        var explainer = new NoticeExplainer(workload.Registry);
        var renderer = new NoticeRenderer(workload.Templates);
        Once(workload, validator, explainer, renderer, events, "warm");
        var samples = Enumerable.Range(0, Repeats).Select(repeat => Once(workload, validator, explainer, renderer, events, $"s{repeat}")).ToList();
        return samples[0]
            .Select((stage, i) =>
            {
                var values = samples.Select(sample => sample[i].MicrosecondsPerNotice).ToList();
                return new StageTime(stage.Stage, CpuRatioMeasurement.Median(values), values.Min(), values.Max());
            })
            .ToList();
    }

    private static List<StageTime> Once(SampleWorkload workload, EventValidator validator, NoticeExplainer explainer, NoticeRenderer renderer, int events, string run)
    {
        var store = new InMemoryNoticeStore();
        var pipeline = workload.BuildPipeline(store);
        var bytes = Enumerable.Range(0, events).Select(i => workload.Event(i, run)).ToList();

        var decisions = new List<DecisionEvent>(events);
        var validate = Cost.Of(() =>
        {
            foreach (var item in bytes)
            {
                decisions.Add(validator.Validate(item).Event!);
            }
        });

        var explanations = new List<NoticeExplanation>(events);
        var explain = Cost.Of(() =>
        {
            foreach (var decision in decisions)
            {
                workload.Agencies.TryGet(decision.AgencyId.Value, out var agency);
                explanations.Add(explainer.Explain(decision, agency!).Explanation!);
            }
        });

        var serialize = Cost.Of(() =>
        {
            foreach (var explanation in explanations)
            {
                ExplanationDocument.Serialize(explanation);
            }
        });

        var render = Cost.Of(() =>
        {
            foreach (var explanation in explanations)
            {
                renderer.Render(explanation);
            }
        });

        var whole = Cost.Of(() =>
        {
            for (var i = 0; i < bytes.Count; i++)
            {
                CpuRatioMeasurement.Issue(pipeline, store, bytes[i], i);
            }
        });

        // The PDFs alone, from HTML rendered beforehand: layout, drawing, tags, font subsets, save and the fixed ids.
        var htmls = explanations
            .Select(explanation => (explanation, renderer.Render(explanation).Documents.Where(d => d.Extension == "html").ToList()))
            .ToList();
        var pdf = Cost.Of(() =>
        {
            foreach (var (explanation, documents) in htmls)
            {
                foreach (var html in documents)
                {
                    renderer.RenderPdf(System.Text.Encoding.UTF8.GetString(html.Content.Span), explanation, html.Language, AddressWindow.Default);
                }
            }
        });

        StageTime Stage(string name, Cost cost)
        {
            var perNotice = cost.Cpu.TotalMicroseconds / events;
            return new StageTime(name, perNotice, perNotice, perNotice);
        }

        return
        [
            Stage("parse + validate", validate),
            Stage("explain", explain),
            Stage("serialize explanation.json", serialize),
            Stage("render: model, 4 × Handlebars, tidy, UTF-8", render - serialize),
            Stage("rest: hashes, manifest, store", whole - validate - explain - render),
            Stage(WholePipeline, whole),
            Stage(PdfStage, pdf),
        ];
    }
}
