using System.Text.Json;
using Kenbaarheid.Explanation;
using Kenbaarheid.Tests.Events;
using Kenbaarheid.Tests.Pipeline;
using Kenbaarheid.Tests.Storage;
using Kenbaarheid.Tooling.Compliance;

namespace Kenbaarheid.Tooling.Tests.Compliance;

public sealed class ComplianceReportBuilderTests
{
    private static readonly HashSet<string> RegisterFlags =
    [
        FlagCodes.AlgorithmNotRegistered, FlagCodes.RegisterEntryIncomplete, FlagCodes.RegisterStatusNotInUse,
        FlagCodes.HighRiskWithoutImpactAssessment, FlagCodes.ClassificationMismatch,
    ];

    [Fact]
    public async Task Build_ListsEveryFlagTheSamplesRaiseWithTheRegisterFieldToFillIn()
    {
        using var store = await new SampleStore().WithSamplesAsync();
        var raised = FlagsInStore(store.Folder);

        var report = await ComplianceReportBuilder.BuildAsync(store.Folder);

        Assert.NotEmpty(raised);
        foreach (var (agency, lars, code) in raised)
        {
            var agencyReport = Assert.Single(report.Agencies, a => a.AgencyId == agency);
            Assert.Contains(agencyReport.Flags, f => f.Code == code);
            if (lars is not null && RegisterFlags.Contains(code))
            {
                var algorithm = Assert.Single(agencyReport.Algorithms, a => a.Lars == lars);
                var gaps = algorithm.Gaps.Where(g => g.RaisedBy.Contains(code)).ToList();
                Assert.NotEmpty(gaps);
                Assert.All(gaps, gap => Assert.False(string.IsNullOrWhiteSpace(gap.Field)));
                Assert.All(gaps, gap => Assert.False(string.IsNullOrWhiteSpace(gap.WhatToWrite)));
            }
        }

        Assert.Contains(raised, r => r.Code == FlagCodes.RegisterEntryIncomplete);
        Assert.Contains(raised, r => r.Code == FlagCodes.RegisterStatusNotInUse);
        Assert.Contains(raised, r => r.Code == FlagCodes.ClassificationMismatch);
    }

    [Fact]
    public async Task Build_NamesTheEmptyFieldsOfTheSparseEntryWithWhatTheNoticeSaysMeanwhile()
    {
        using var store = await new SampleStore().WithSamplesAsync();

        var report = await ComplianceReportBuilder.BuildAsync(store.Folder);

        var algorithm = report.Agencies.Single(a => a.AgencyId == "zb999902").Algorithms.Single(a => a.Lars == "72429714");
        Assert.Equal("Controle uitwonendenbeurs", algorithm.Name);
        Assert.Equal(["goal", "human_intervention", "lawful_basis", "source_data"], algorithm.Gaps.Select(g => g.Field).Order());
        Assert.Contains("Het register zegt niet waarvoor dit algoritme is.", algorithm.Gaps.Single(g => g.Field == "goal").NoticeMeanwhile, StringComparison.Ordinal);
        Assert.Equal("status", Assert.Single(report.Agencies.Single(a => a.AgencyId == "gm9999").Algorithms.Single(a => a.Lars == "59324629").Gaps, g => g.RaisedBy.Contains(FlagCodes.RegisterStatusNotInUse)).Field);
        Assert.Equal("publication_category", Assert.Single(report.Agencies.Single(a => a.AgencyId == "gm9999").Algorithms.Single(a => a.Lars == "24171410").Gaps).Field);
    }

    [Fact]
    public async Task Build_CountsDecisionsNoticesAndRejectionsPerAgency()
    {
        using var store = await new SampleStore().WithSamplesAsync();

        var report = await ComplianceReportBuilder.BuildAsync(store.Folder);

        var municipality = report.Agencies.Single(a => a.AgencyId == "gm9999");
        Assert.Equal((4, 3, 1), (municipality.DecisionsSeen, municipality.NoticesIssued, municipality.EventsRejected));
        Assert.Equal(["ALGORITHM_LARS_CHECK_DIGIT", "DATA_SOURCE_MISSING", "RECIPIENT_REF_IS_BSN"], municipality.Rejections.Select(r => r.Code));
        var strict = report.Agencies.Single(a => a.AgencyId == "zb999901");
        Assert.Equal((3, 2, 1), (strict.DecisionsSeen, strict.NoticesIssued, strict.EventsRejected));
        var huurtoeslag = strict.Algorithms.Single(a => a.Lars == "63712924");
        Assert.Equal(3, huurtoeslag.DecisionsSeen);
        Assert.Equal(2, huurtoeslag.NoticesIssued);
        Assert.Contains(huurtoeslag.Rejections, r => r.Code == "STRICT_PARAMETERS_MISSING");
    }

    [Fact]
    public async Task Build_AsksToRegisterAnAlgorithmThatABlockingAgencyRejected()
    {
        using var store = new SampleStore();
        await store.ProcessAsync(SampleEvents.Tree(SampleEvents.Automated).With("/data/algorithms/0/lars", "12345670"));

        var report = await ComplianceReportBuilder.BuildAsync(store.Folder);

        var algorithm = report.Agencies.Single().Algorithms.Single(a => a.Lars == "12345670");
        Assert.False(algorithm.Registered);
        Assert.Equal(RegisterFieldGuide.NewEntry.Field, Assert.Single(algorithm.Gaps).Field);
        Assert.Contains(FlagCodes.AlgorithmNotRegistered, algorithm.Gaps.Single().RaisedBy);
        Assert.Contains(report.Agencies.Single().Flags, f => f.Code == FlagCodes.AlgorithmNotRegistered);
    }

    [Fact]
    public async Task Build_WithTheRegisterAlsoListsGapsOfEntriesNotYetUsedInADecision()
    {
        using var store = await new SampleStore().WithSamplesAsync();

        var report = await ComplianceReportBuilder.BuildAsync(store.Folder, PipelineHarness.Registry);

        var municipality = report.Agencies.Single(a => a.AgencyId == "gm9999");
        Assert.Equal("Gemeente Noorderhaaks", municipality.Name);
        var retired = municipality.Algorithms.Single(a => a.Lars == "59324629");
        Assert.Contains(ComplianceReportBuilder.RegisterCheck, retired.Gaps.Single(g => g.Field == "status").RaisedBy);
        Assert.Contains(FlagCodes.RegisterStatusNotInUse, retired.Gaps.Single(g => g.Field == "status").RaisedBy);
        var risk = report.Agencies.Single(a => a.AgencyId == "zb999901").Algorithms.Single(a => a.Lars == "61941276");
        Assert.DoesNotContain(risk.Gaps, g => g.Field == "impacttoetsen_grouping");
    }

    [Fact]
    public async Task Build_GivesTheSameReportForTheSameStore()
    {
        using var store = await new SampleStore().WithSamplesAsync();

        var first = ComplianceReportJsonWriter.Serialize(await ComplianceReportBuilder.BuildAsync(store.Folder));
        var second = ComplianceReportJsonWriter.Serialize(await ComplianceReportBuilder.BuildAsync(store.Folder));

        Assert.Equal(first, second);
        using var document = JsonDocument.Parse(first);
        Assert.Equal(3, document.RootElement.GetProperty("agencies").GetArrayLength());
    }

    /// <summary>Every flag in the store: from each notice's explanation (with the algorithm it concerns) and from rejection reasons.</summary>
    private static List<(string Agency, string? Lars, string Code)> FlagsInStore(string folder)
    {
        var flags = new List<(string, string?, string)>();
        var catalogue = typeof(FlagCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "notices"), "explanation.json", SearchOption.AllDirectories))
        {
            using var explanation = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = explanation.RootElement;
            var agency = root.GetProperty("contact").GetProperty("agencyId").GetString()!;
            var lars = root.GetProperty("algorithms").EnumerateArray().Select(a => a.GetProperty("lars").GetString()).ToList();
            foreach (var flag in root.GetProperty("flags").EnumerateArray())
            {
                var path = flag.GetProperty("path").GetString()!;
                var index = path.StartsWith("/data/algorithms/", StringComparison.Ordinal) ? int.Parse(path.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture) : -1;
                flags.Add((agency, index >= 0 ? lars[index] : null, flag.GetProperty("code").GetString()!));
            }
        }

        foreach (var file in Directory.GetFiles(Path.Combine(folder, "rejections"), "*.json", SearchOption.AllDirectories).Where(f => !f.EndsWith(".event.json", StringComparison.Ordinal)))
        {
            using var record = JsonDocument.Parse(File.ReadAllBytes(file));
            flags.AddRange(record.RootElement.GetProperty("reasons").EnumerateArray()
                .Select(r => r.GetProperty("code").GetString()!)
                .Where(catalogue.Contains)
                .Select(code => (Path.GetFileName(Path.GetDirectoryName(file)!), (string?)null, code)));
        }

        return flags;
    }
}
