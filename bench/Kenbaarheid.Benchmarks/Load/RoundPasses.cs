using Kenbaarheid.Agencies;
using Kenbaarheid.Benchmarks.Workload;
using Kenbaarheid.Events;
using Kenbaarheid.Explanation;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Rendering;

namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// One round of the CPU run: the floor, the whole pipeline and each stage on its own, over the same events, on the
/// calling thread. Every figure of the ratio and of the stage table comes from these passes, so the pipeline the ratio
/// divides and the pipeline the stages add up to are one measurement. Each pass starts with the garbage of the pass
/// before it collected (an untimed full GC), so none pays for another's; which pass goes first alternates per round,
/// so a trend within a round falls on both ends alike. The PDFs are made for the first half of the notices (since issue 14 a
/// notice's PDFs cost about what the rest of it costs, so half keeps the round short and the PDF pass long enough not to
/// be one burst of a neighbour), which take the samples in turn as the round does, and counted per notice.
/// </summary>
public sealed class RoundPasses
{
    public const int PdfEvery = 2;

    private readonly SampleWorkload _workload;
    private readonly FloorRenderer _floor;
    private readonly InMemoryNoticeStore _store = new();
    private readonly NoticePipeline _pipeline;
    private readonly EventValidator _validator;
    private readonly NoticeExplainer _explainer;
    private readonly NoticeRenderer _renderer;

    public RoundPasses(SampleWorkload workload)
    {
        _workload = workload;
        _floor = new FloorRenderer(workload);
        _pipeline = workload.BuildPipeline(_store);
        _validator = new EventValidator(workload.Agencies);
        _explainer = new NoticeExplainer(workload.Registry);
        _renderer = new NoticeRenderer(workload.Templates);
    }

    public int DocumentsPerNotice => _floor.DocumentsPerNotice;

    /// <summary>Runs every pass over <paramref name="notices"/> fresh events named by <paramref name="run"/>.</summary>
    public RoundCosts Run(string run, int notices, bool reversed)
    {
        var events = Enumerable.Range(0, notices).Select(i => _workload.Event(i, run)).ToList();
        var decisions = new List<DecisionEvent>(notices);
        var explanations = new List<NoticeExplanation>(notices);
        var htmls = new List<(NoticeExplanation Explanation, string Language, string Html)>();

        // The stages each take the output of the one before, so their order is fixed; floor and pipeline go around them.
        Cost floor = default, pipeline = default, validate = default, explain = default, serialize = default, render = default, pdf = default;
        var passes = new List<Action>
        {
            () => floor = Pass(() => RunFloor(notices)),
            () => pipeline = Pass(() => RunPipeline(events)),
            () =>
            {
                validate = Pass(() => events.ForEach(bytes => decisions.Add(_validator.Validate(bytes).Event!)));
                explain = Pass(() => decisions.ForEach(decision =>
                {
                    _workload.Agencies.TryGet(decision.AgencyId.Value, out var agency);
                    explanations.Add(_explainer.Explain(decision, agency!).Explanation!);
                }));
                serialize = Pass(() => explanations.ForEach(explanation => ExplanationDocument.Serialize(explanation)));
                render = Pass(() => explanations.ForEach(explanation => _renderer.Render(explanation)));
                // The first half of the round's notices: they take the samples in turn, as the whole round does.
                htmls.AddRange(explanations.Take(PdfNotices(notices)).SelectMany(explanation => _renderer.Render(explanation).Documents
                    .Where(d => d.Extension == "html")
                    .Select(d => (explanation, d.Language, System.Text.Encoding.UTF8.GetString(d.Content.Span)))));
                pdf = Pass(() => htmls.ForEach(html => _renderer.RenderPdf(html.Html, html.Explanation, html.Language, AddressWindow.Default)));
            },
        };
        if (reversed)
        {
            passes.Reverse();
        }

        passes.ForEach(pass => pass());
        return new RoundCosts(
            PerNotice(floor, notices),
            PerNotice(pipeline, notices),
            PerNotice(validate, notices),
            PerNotice(explain, notices),
            PerNotice(serialize, notices),
            PerNotice(render, notices),
            PerNotice(pdf, PdfNotices(notices)),
            PerNotice(floor.Wall, notices),
            PerNotice(pipeline.Wall, notices),
            JitMethods: floor.JitMethods + pipeline.JitMethods + validate.JitMethods + explain.JitMethods + serialize.JitMethods + render.JitMethods,
            PdfJitMethods: pdf.JitMethods);
    }

    private static int PdfNotices(int notices) => Math.Max(1, notices / PdfEvery);

    private static double PerNotice(Cost cost, int notices) => cost.Cpu.TotalMicroseconds / notices;

    private static double PerNotice(TimeSpan wall, int notices) => wall.TotalMicroseconds / notices;

    private static Cost Pass(Action work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return Cost.Of(work);
    }

    private void RunFloor(int notices)
    {
        var characters = 0L;
        for (var i = 0; i < notices; i++)
        {
            characters += _floor.RenderNotice(i);
        }

        if (characters == 0)
        {
            throw new InvalidOperationException("The floor rendered nothing.");
        }
    }

    private void RunPipeline(List<byte[]> events)
    {
        _store.Drain();
        for (var i = 0; i < events.Count; i++)
        {
            CpuRatioMeasurement.Issue(_pipeline, _store, events[i], i);
        }
    }
}
