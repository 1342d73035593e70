using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Kenbaarheid.Benchmarks.Workload;
using Kenbaarheid.Pipeline;

namespace Kenbaarheid.Benchmarks.Micro;

/// <summary>
/// The whole pipeline with the in-memory store: each invocation is a new decision (a pool of numbered events, the
/// store drained when the pool starts over), so every call renders and stores a full notice. Beside it, the hashes a
/// notice needs, to tell their share apart.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private const int Pool = 100;

    private readonly List<byte[]> _events = [];
    private InMemoryNoticeStore _store = null!;
    private NoticePipeline _pipeline = null!;
    private List<ReadOnlyMemory<byte>> _documents = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var workload = SampleWorkload.Load();
        _store = new InMemoryNoticeStore();
        _pipeline = workload.BuildPipeline(_store);
        _events.AddRange(Enumerable.Range(0, Pool).Select(i => workload.Event(i, "m")));

        var sample = new InMemoryNoticeStore();
        var outcome = (PipelineOutcome.Issued)workload.BuildPipeline(sample).ProcessAsync(workload.SampleEvent(0)).GetAwaiter().GetResult();
        _documents = outcome.Manifest.Files
            .Select(file => sample.TryRead($"{outcome.Folder}/{file.Name}", out var content) ? content : throw new InvalidOperationException(file.Name))
            .ToList();
    }

    [Benchmark]
    public async Task<PipelineOutcome> ProcessNotice()
    {
        if (_next == Pool)
        {
            _next = 0;
            _store.Drain();
        }

        return await _pipeline.ProcessAsync(_events[_next++]).ConfigureAwait(false);
    }

    [Benchmark]
    public int HashNoticeDocuments()
    {
        var total = 0;
        foreach (var document in _documents)
        {
            total += SHA256.HashData(document.Span)[0];
        }

        return total;
    }
}
