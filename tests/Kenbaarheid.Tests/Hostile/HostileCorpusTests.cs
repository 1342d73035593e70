using Kenbaarheid.Pipeline;
using Kenbaarheid.Tests.Pipeline;

namespace Kenbaarheid.Tests.Hostile;

/// <summary>
/// Every hostile event ends as a rejection whose reasons name the broken field, without an unhandled exception,
/// and nothing is written outside the rejection layout.
/// </summary>
public sealed class HostileCorpusTests
{
    [Fact]
    public void Corpus_HoldsAtLeastThreeHundredDistinctEvents()
    {
        Assert.True(HostileEventCorpus.All.Count >= 300, $"The corpus has {HostileEventCorpus.All.Count} events.");
        Assert.Equal(HostileEventCorpus.All.Count, HostileEventCorpus.All.Select(e => Convert.ToBase64String(e.Bytes)).Distinct().Count());
    }

    [Fact]
    public async Task ProcessAsync_RejectsEveryHostileEventAtTheFieldItBreaks()
    {
        using var harness = new PipelineHarness();
        var failures = new List<string>();

        foreach (var hostile in HostileEventCorpus.All)
        {
            var outcome = await harness.ProcessAsync(hostile.Bytes);
            if (outcome is not PipelineOutcome.Rejected rejected)
            {
                failures.Add($"{hostile.Name}: {outcome.GetType().Name}, not rejected");
            }
            else if (!rejected.Record.Reasons.Any(r => r.Path == hostile.ExpectedPath))
            {
                failures.Add($"{hostile.Name}: expected a reason at '{hostile.ExpectedPath}', got {string.Join(", ", rejected.Record.Reasons.Select(r => $"{r.Code} at '{r.Path}'"))}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {HostileEventCorpus.All.Count} hostile events:\n{string.Join('\n', failures)}");
        Assert.All(harness.Files().Keys, path => Assert.Matches("^rejections/(zb999901|_unknown)/[A-Za-z0-9._-]+\\.json$", path));
        Assert.Equal([harness.OutputFolder], Directory.GetFileSystemEntries(harness.Sandbox));
    }
}
