using BenchmarkDotNet.Attributes;
using Kenbaarheid.Agencies;
using Kenbaarheid.Benchmarks.Workload;
using Kenbaarheid.Events;
using Kenbaarheid.Explanation;

namespace Kenbaarheid.Benchmarks.Micro;

/// <summary>The Explanation stage, and writing its result as explanation.json, per sample.</summary>
[MemoryDiagnoser]
public class ExplainBenchmarks
{
    private NoticeExplainer _explainer = null!;
    private DecisionEvent _event = null!;
    private AgencyProfile _agency = null!;
    private NoticeExplanation _explanation = null!;

    [ParamsSource(nameof(Samples))]
    public int Sample { get; set; }

    public static IEnumerable<int> Samples => Enumerable.Range(0, SampleWorkload.SampleFiles.Count);

    [GlobalSetup]
    public void Setup()
    {
        var workload = SampleWorkload.Load();
        _explainer = new NoticeExplainer(workload.Registry);
        _event = new EventValidator(workload.Agencies).Validate(workload.SampleEvent(Sample)).Event!;
        workload.Agencies.TryGet(_event.AgencyId.Value, out var agency);
        _agency = agency!;
        _explanation = _explainer.Explain(_event, _agency).Explanation!;
    }

    [Benchmark]
    public NoticeExplanation? Explain() => _explainer.Explain(_event, _agency).Explanation;

    [Benchmark]
    public byte[] SerializeExplanationJson() => ExplanationDocument.Serialize(_explanation);
}
