using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using Kenbaarheid.Explanation;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Storage;
using Kenbaarheid.Tests.Events;
using Moq;

namespace Kenbaarheid.Tests.Pipeline;

public sealed class NoticePipelineTests
{
    /// <summary>A well-formed lars (valid check digit) that no sample register record has.</summary>
    private const string UnregisteredLars = "12345670";

    /// <summary>
    /// The flags samples/README.md expects, with the stale-register and missing-parameter warnings that hold on top (the
    /// sample register is read from files dated 2025) and sample 03's missing postal address for a written objection.
    /// </summary>
    public static TheoryData<string, string, string[]> ValidSamples => new()
    {
        { SampleEvents.Automated, "notices/zb999901/HT-2027-000123/r1", [FlagCodes.RegisterSnapshotStale] },
        {
            SampleEvents.RiskSupported, "notices/zb999901/HT-2027-000456/r1",
            [FlagCodes.RiskClassificationApplied, FlagCodes.Profiling, FlagCodes.AutomatedInSubstance, FlagCodes.RegisterSnapshotStale]
        },
        {
            SampleEvents.Prepared, "notices/zb999902/SF-2026-778899/r1",
            [FlagCodes.RiskClassificationApplied, FlagCodes.RegisterEntryIncomplete, FlagCodes.ParametersNotGiven, FlagCodes.OperationsNotGiven, FlagCodes.RegisterSnapshotStale, FlagCodes.ObjectionAddressMissing]
        },
        {
            SampleEvents.Parking, "notices/gm9999/PV-2026-1201/r1",
            [FlagCodes.ClassificationMismatch, FlagCodes.ClassificationUndisclosed, FlagCodes.ParametersNotGiven, FlagCodes.RegisterSnapshotStale]
        },
        { SampleEvents.Woz, "notices/gm9999/WOZ-2027-553311/r2", [FlagCodes.ProxyData, FlagCodes.OperationsNotGiven, FlagCodes.RegisterSnapshotStale] },
        {
            SampleEvents.GeneratedText, "notices/gm9999/BB-2026-0091/r1",
            [FlagCodes.AiGeneratedText, FlagCodes.RegisterStatusNotInUse, FlagCodes.RegisterEntryIncomplete, FlagCodes.ClassificationUndisclosed, FlagCodes.ParametersNotGiven, FlagCodes.OperationsNotGiven, FlagCodes.RegisterSnapshotStale]
        },
    };

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public async Task ProcessAsync_IssuesEachValidSampleWithTheFlagsTheSamplesReadmeExpects(string sample, string folder, string[] flags)
    {
        using var harness = new PipelineHarness();

        var outcome = await harness.ProcessAsync(SampleEvents.Bytes(sample));

        var issued = Assert.IsType<PipelineOutcome.Issued>(outcome);
        Assert.Equal(folder, issued.Folder);
        Assert.False(issued.AlreadyIssued);
        Assert.Equal(flags.Order(), issued.Manifest.Flags.Select(f => f.Code).Order());
    }

    [Fact]
    public async Task ProcessAsync_WritesExactlyTheFilesOfOutputMdWithTheManifestsHashes()
    {
        using var harness = new PipelineHarness();

        await harness.ProcessAsync(SampleEvents.Bytes(SampleEvents.Automated));

        var files = harness.Files();
        const string folder = "notices/zb999901/HT-2027-000123/r1";
        Assert.Equal(
            new[] { "explanation.json", "manifest.json", "notice.en.html", "notice.en.pdf", "notice.en.txt", "notice.nl.html", "notice.nl.pdf", "notice.nl.txt" }.Select(f => $"{folder}/{f}"),
            files.Keys.Order(StringComparer.Ordinal));
        var manifest = JsonSerializer.Deserialize<NoticeManifest>(files[$"{folder}/manifest.json"], ExplanationDocument.Options)!;
        Assert.Equal(["nl", "en"], manifest.Languages);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(SampleEvents.Bytes(SampleEvents.Automated))), manifest.EventSha256);
        Assert.Equal(DateTimeOffset.Parse("2026-11-20T09:12:00Z", System.Globalization.CultureInfo.InvariantCulture), manifest.GeneratedAt);
        foreach (var file in manifest.Files)
        {
            var bytes = files[$"{folder}/{file.Name}"];
            Assert.Equal(bytes.Length, file.Bytes);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Sha256);
        }

        Assert.Equal(["notice.nl.html", "notice.nl.txt", "notice.en.html", "notice.en.txt"], manifest.Templates.Select(t => t.Id));
        Assert.All(manifest.Registry, entry => Assert.True(entry.Found));
    }

    [Fact]
    public async Task ProcessAsync_RejectsSample90WithItsThreeReasonsTogether()
    {
        using var harness = new PipelineHarness();
        var bytes = SampleEvents.Bytes(SampleEvents.RejectedBsn);

        var rejected = Assert.IsType<PipelineOutcome.Rejected>(await harness.ProcessAsync(bytes));

        Assert.Equal(
            [("RECIPIENT_REF_IS_BSN", "/data/recipient/ref"), ("ALGORITHM_LARS_CHECK_DIGIT", "/data/algorithms/0/lars"), ("DATA_SOURCE_MISSING", "/data/data/0/source")],
            rejected.Record.Reasons.Select(r => (r.Code, r.Path)));
        Assert.Equal("rejections/gm9999/evt-2026-11-22-000090.json", rejected.RecordPath);
        Assert.Equal(bytes, harness.Files()["rejections/gm9999/evt-2026-11-22-000090.event.json"]);
        Assert.Equal(PipelineHarness.Now, rejected.Record.ReceivedAt);
        Assert.DoesNotContain("111222333", harness.ReadText(rejected.RecordPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_RejectsSample91BecauseFrStrictNeedsLegalBasisParametersAndOperations()
    {
        using var harness = new PipelineHarness();

        var rejected = Assert.IsType<PipelineOutcome.Rejected>(await harness.ProcessAsync(SampleEvents.Bytes(SampleEvents.RejectedStrict)));

        Assert.Equal(
            ["STRICT_LEGAL_BASIS_MISSING", "STRICT_PARAMETERS_MISSING", "STRICT_OPERATIONS_MISSING"],
            rejected.Record.Reasons.Select(r => r.Code));
        Assert.DoesNotContain(harness.Files().Keys, path => path.StartsWith("notices/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProcessAsync_OnASecondRunProducesIdenticalBytesAndRewritesNothing()
    {
        using var harness = new PipelineHarness();
        var samples = Directory.GetFiles(Path.Combine(RepositoryPaths.Samples, "events"), "*.json").Order().Select(File.ReadAllBytes).ToList();
        foreach (var sample in samples)
        {
            await harness.ProcessAsync(sample);
        }

        var before = harness.Files();
        var writeTimes = Directory.EnumerateFiles(harness.OutputFolder, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var outcomes = new List<PipelineOutcome>();
        foreach (var sample in samples)
        {
            outcomes.Add(await harness.ProcessAsync(sample));
        }

        Assert.All(outcomes.OfType<PipelineOutcome.Issued>(), issued => Assert.True(issued.AlreadyIssued));
        Assert.Equal(6, outcomes.OfType<PipelineOutcome.Issued>().Count());
        var after = harness.Files();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
        Assert.All(writeTimes, file => Assert.Equal(file.Value, File.GetLastWriteTimeUtc(file.Key)));
    }

    [Fact]
    public async Task ProcessAsync_RejectsADifferentEventForAnIssuedDecisionAndLeavesTheNoticeUntouched()
    {
        using var harness = new PipelineHarness();
        await harness.ProcessAsync(SampleEvents.Bytes(SampleEvents.Automated));
        var before = harness.Files();
        var corrected = SampleEvents.Tree(SampleEvents.Automated)
            .With("/id", "evt-2026-11-20-000001-b")
            .With("/data/decision/outcome", "U krijgt een voorschot van € 215 per maand.");

        var rejected = Assert.IsType<PipelineOutcome.Rejected>(await harness.ProcessAsync(corrected.ToBytes()));

        var reason = Assert.Single(rejected.Record.Reasons);
        Assert.Equal(PipelineErrorCodes.NoticeExists, reason.Code);
        Assert.Equal("/data/decision/revision", reason.Path);
        var after = harness.Files();
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
    }

    [Fact]
    public async Task ProcessAsync_IssuesACorrectionAsANewRevisionBesideTheFirst()
    {
        using var harness = new PipelineHarness();
        await harness.ProcessAsync(SampleEvents.Bytes(SampleEvents.Automated));
        var corrected = SampleEvents.Tree(SampleEvents.Automated).With("/id", "evt-2026-11-20-000001-b").With("/data/decision/revision", 2);

        var issued = Assert.IsType<PipelineOutcome.Issued>(await harness.ProcessAsync(corrected.ToBytes()));

        Assert.Equal("notices/zb999901/HT-2027-000123/r2", issued.Folder);
        Assert.Contains("notices/zb999901/HT-2027-000123/r1/manifest.json", harness.Files().Keys);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("..")]
    [InlineData("../../../../tmp/evil")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../b")]
    public async Task ProcessAsync_NeverWritesOutsideTheOutputFolderForAHostileDecisionId(string decisionId)
    {
        using var harness = new PipelineHarness();
        var hostile = SampleEvents.Tree(SampleEvents.Automated).With("/data/decision/id", decisionId).With("/id", "../../" + decisionId);

        var rejected = Assert.IsType<PipelineOutcome.Rejected>(await harness.ProcessAsync(hostile.ToBytes()));

        Assert.Contains(rejected.Record.Reasons, r => r.Path == "/data/decision/id");
        Assert.All(harness.Files().Keys, path => Assert.StartsWith("rejections/zb999901/", path, StringComparison.Ordinal));
        Assert.Equal([harness.OutputFolder], Directory.GetFileSystemEntries(harness.Sandbox));
    }

    [Fact]
    public async Task ProcessAsync_EscapesScriptInEveryTextFieldOfTheHtmlNotice()
    {
        using var harness = new PipelineHarness();
        const string script = "<script>alert(1)</script>";
        var tree = SampleEvents.Tree(SampleEvents.RiskSupported);
        foreach (var pointer in TextPointers(tree["data"]!, "/data"))
        {
            tree.With(pointer, script);
        }

        var issued = Assert.IsType<PipelineOutcome.Issued>(await harness.ProcessAsync(tree.ToBytes()));

        var html = harness.ReadText($"{issued.Folder}/notice.nl.html");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Contains(script, harness.ReadText($"{issued.Folder}/notice.nl.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_RejectsBytesThatAreNotJsonUnderTheUnknownAgency()
    {
        using var harness = new PipelineHarness();

        var rejected = Assert.IsType<PipelineOutcome.Rejected>(await harness.ProcessAsync([0xFF, 0x00, 0x7B]));

        Assert.StartsWith("rejections/_unknown/_no-id-", rejected.RecordPath, StringComparison.Ordinal);
        Assert.Equal("EVENT_NOT_JSON", Assert.Single(rejected.Record.Reasons).Code);
    }

    [Fact]
    public async Task ProcessAsync_WarnsAboutAnUnregisteredAlgorithmUnderNlBaselineAndSaysSoInTheNotice()
    {
        using var harness = new PipelineHarness();
        var tree = SampleEvents.Tree(SampleEvents.Parking).With("/data/algorithms/0/lars", UnregisteredLars);

        var issued = Assert.IsType<PipelineOutcome.Issued>(await harness.ProcessAsync(tree.ToBytes()));

        var flag = Assert.Single(issued.Manifest.Flags, f => f.Code == FlagCodes.AlgorithmNotRegistered);
        Assert.Equal(FlagSeverity.Warning, flag.Severity);
        Assert.Equal(new ManifestRegistryEntry(UnregisteredLars, false, null, null), Assert.Single(issued.Manifest.Registry));
        Assert.Contains(UnregisteredLars, harness.ReadText($"{issued.Folder}/notice.nl.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_RejectsAnUnregisteredAlgorithmUnderFrStrict()
    {
        using var harness = new PipelineHarness();
        var tree = SampleEvents.Tree(SampleEvents.Automated).With("/data/algorithms/0/lars", UnregisteredLars);

        var rejected = Assert.IsType<PipelineOutcome.Rejected>(await harness.ProcessAsync(tree.ToBytes()));

        Assert.Equal((FlagCodes.AlgorithmNotRegistered, "/data/algorithms/0/lars"), rejected.Record.Reasons.Select(r => (r.Code, r.Path)).Single());
    }

    [Fact]
    public async Task ProcessAsync_RejectsProfilingInADecisionNoPersonTook()
    {
        using var harness = new PipelineHarness();
        var tree = SampleEvents.Tree(SampleEvents.Automated).With("/data/profiling", true);

        var rejected = Assert.IsType<PipelineOutcome.Rejected>(await harness.ProcessAsync(tree.ToBytes()));

        Assert.Equal((FlagCodes.ProfilingInAutomatedDecision, "/data/algorithms/0/weight"), rejected.Record.Reasons.Select(r => (r.Code, r.Path)).Single());
    }

    [Fact]
    public async Task ProcessAsync_ReportsATransientFailureWhenTheStoreIsUnavailable()
    {
        var store = new Mock<INoticeStore>();
        store.Setup(s => s.CreateAsync(It.IsAny<StoredDocument>(), It.IsAny<StoreLabels>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new NoticeStoreUnavailableException("storage is down"));
        using var harness = new PipelineHarness(store.Object);

        var failure = Assert.IsType<PipelineOutcome.TransientFailure>(await harness.ProcessAsync(SampleEvents.Bytes(SampleEvents.Automated)));

        Assert.Equal("evt-2026-11-20-000001", failure.EventId);
        Assert.Equal("storage is down", failure.Reason);
    }

    [Fact]
    public void ProcessAsync_TurnsAnyByteSequenceIntoARejectionWithoutThrowing()
    {
        using var harness = new PipelineHarness();
        Prop.ForAll(
                ArbMap.Default.ArbFor<byte[]>(),
                bytes =>
                {
                    var outcome = harness.ProcessAsync(bytes).GetAwaiter().GetResult();
                    return outcome is PipelineOutcome.Rejected rejected && rejected.Record.Reasons.Count > 0;
                })
            .QuickCheckThrowOnFailure();
        Assert.All(harness.Files().Keys, path => Assert.StartsWith("rejections/", path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProcessAsync_GivesAnIdFitForALogLineWhenTheEventIdHoldsLineBreaksAndControlCharacters()
    {
        using var harness = new PipelineHarness();
        var hostile = SampleEvents.Tree(SampleEvents.Automated).With("/id", "evt-1\nFAKE LOG LINE\u001b[31m");

        var rejected = Assert.IsType<PipelineOutcome.Rejected>(await harness.ProcessAsync(hostile.ToBytes()));

        Assert.Equal("evt-1\nFAKE LOG LINE\u001b[31m", rejected.EventId);
        Assert.Matches("^evt-1_FAKE_LOG_LINE__31m-[0-9a-f]{8}$", rejected.LoggableEventId);
    }

    [Fact]
    public void RejectionBaseName_KeepsSafeIdsAndMarksChangedOnesWithAHash()
    {
        Assert.Equal("evt-1", StoreLayout.RejectionBaseName("evt-1", new string('a', 64)));
        var changed = StoreLayout.RejectionBaseName("../evil/id", new string('a', 64));
        Assert.Matches("^_\\._evil_id-[0-9a-f]{8}$", changed);
        Assert.Equal("_no-id-aaaaaaaaaaaaaaaa", StoreLayout.RejectionBaseName(null, new string('a', 64)));
    }

    /// <summary>JSON Pointers of every string in the event's data that is text, not an id, enum, date or link.</summary>
    private static IEnumerable<string> TextPointers(JsonNode node, string pointer)
    {
        string[] notText = ["id", "date", "sentOn", "link", "lars", "producedBy", "role", "weight", "language", "involvement", "discretion", "ref", "kind", "termStartsOn", "register"];
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    var isParameterWeight = name == "weight" && pointer.Contains("/parameters/", StringComparison.Ordinal);
                    var isReviewRole = name == "role" && pointer.EndsWith("/humanReview", StringComparison.Ordinal);
                    if (child is JsonValue value && value.GetValueKind() == JsonValueKind.String && (!notText.Contains(name) || isParameterWeight || isReviewRole))
                    {
                        yield return $"{pointer}/{name}";
                    }
                    else if (child is not null && child is not JsonValue)
                    {
                        foreach (var inner in TextPointers(child, $"{pointer}/{name}"))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
                    {
                        yield return $"{pointer}/{i}";
                    }
                    else if (array[i] is { } child)
                    {
                        foreach (var inner in TextPointers(child, $"{pointer}/{i}"))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
        }
    }
}
