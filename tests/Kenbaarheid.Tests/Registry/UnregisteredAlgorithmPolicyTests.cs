using Kenbaarheid.Agencies;
using Kenbaarheid.Explanation;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Tests.Events;
using Kenbaarheid.Tests.Pipeline;
using Kenbaarheid.Tests.Storage;

namespace Kenbaarheid.Tests.Registry;

/// <summary>An agency profile's <c>unregisteredAlgorithms</c>: "warn" issues the notice with a warning, "block" rejects the event.</summary>
public sealed class UnregisteredAlgorithmPolicyTests
{
    private const string UnregisteredLars = "12345670";

    [Theory]
    [InlineData(UnregisteredAlgorithmPolicy.Warn)]
    [InlineData(UnregisteredAlgorithmPolicy.Block)]
    public async Task ProcessAsync_FollowsTheAgencysPolicyForAnUnregisteredAlgorithmUnderNlBaseline(UnregisteredAlgorithmPolicy policy)
    {
        var agencies = new AgencyDirectory(PipelineHarness.Agencies.All.Select(a => a.Id == "gm9999" ? a with { UnregisteredAlgorithms = policy } : a));
        using var store = new SampleStore(agencies);

        var outcome = await store.ProcessAsync(SampleEvents.Tree(SampleEvents.Parking).With("/data/algorithms/0/lars", UnregisteredLars));

        if (policy == UnregisteredAlgorithmPolicy.Block)
        {
            var rejected = Assert.IsType<PipelineOutcome.Rejected>(outcome);
            Assert.Equal(FlagCodes.AlgorithmNotRegistered, Assert.Single(rejected.Record.Reasons).Code);
        }
        else
        {
            var issued = Assert.IsType<PipelineOutcome.Issued>(outcome);
            Assert.Equal(FlagSeverity.Warning, issued.Manifest.Flags.Single(f => f.Code == FlagCodes.AlgorithmNotRegistered).Severity);
        }
    }

    [Fact]
    public async Task LoadAsync_ReadsTheUnregisteredAlgorithmsPolicyFromTheProfile()
    {
        var folder = Directory.CreateTempSubdirectory("kenbaarheid-agency-").FullName;
        try
        {
            var profile = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "agencies", "gm9999.json")))!.AsObject();
            profile["unregisteredAlgorithms"] = "block";
            profile.Remove("theme"); // its file stays in the samples; this test is about the policy

            await File.WriteAllTextAsync(Path.Combine(folder, "gm9999.json"), profile.ToJsonString());

            var directory = await AgencyProfileLoader.LoadAsync(folder);

            Assert.True(directory.TryGet("gm9999", out var loaded));
            Assert.Equal(UnregisteredAlgorithmPolicy.Block, loaded.UnregisteredAlgorithms);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
