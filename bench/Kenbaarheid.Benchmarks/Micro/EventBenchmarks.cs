using BenchmarkDotNet.Attributes;
using Kenbaarheid.Benchmarks.Workload;
using Kenbaarheid.Events;

namespace Kenbaarheid.Benchmarks.Micro;

/// <summary>The Events stage: event bytes to a validated <see cref="DecisionEvent"/>, per sample.</summary>
[MemoryDiagnoser]
public class EventBenchmarks
{
    private EventValidator _validator = null!;
    private byte[] _event = [];

    [ParamsSource(nameof(Samples))]
    public int Sample { get; set; }

    public static IEnumerable<int> Samples => Enumerable.Range(0, SampleWorkload.SampleFiles.Count);

    [GlobalSetup]
    public void Setup()
    {
        var workload = SampleWorkload.Load();
        _validator = new EventValidator(workload.Agencies);
        _event = workload.SampleEvent(Sample);
    }

    [Benchmark]
    public DecisionEvent? ParseAndValidate() => _validator.Validate(_event).Event;
}
