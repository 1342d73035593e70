using Kenbaarheid.Pipeline;
using Kenbaarheid.Rendering;
using Kenbaarheid.Storage;
using Kenbaarheid.Tests.Events;
using Kenbaarheid.Tests.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace Kenbaarheid.Tests.Rendering;

/// <summary>Production renders exactly the approved text; preview renders drafts, marked as such; approving pins the sources again.</summary>
public sealed class TemplateApprovalTests : IDisposable
{
    private readonly TemplateFolderCopy _templates = new();
    private readonly string _output = Directory.CreateTempSubdirectory("kenbaarheid-approval-").FullName;

    [Fact]
    public async Task ShippedTemplates_AreAllApprovedWithTheirCopies()
    {
        var set = await TemplateSetLoader.LoadAsync(Path.Combine(RepositoryPaths.Root, "templates"));

        Assert.All(set.All, template =>
        {
            Assert.Equal(TemplateStatus.Approved, template.Status);
            Assert.Matches("^[a-z]+(-[a-z]+)*$", template.Approval!.ApprovedBy!);
            Assert.True(template.LastApproved is { IsIntact: true }, $"{template.Id} has no intact approved copy.");
            Assert.Empty(template.ChangedSinceApproval());
        });
    }

    [Fact]
    public async Task Build_RefusesInProductionATemplateWithOneChangedWordAndNamesTheMismatch()
    {
        var before = (await TemplateSetLoader.LoadAsync(_templates.Folder)).Get("nl", TemplateChannel.Html);
        _templates.Replace("nl/html/role.hbs", "Het algoritme heeft een berekening gemaakt.", "Het algoritme heeft een som gemaakt.");
        var templates = await TemplateSetLoader.LoadAsync(_templates.Folder);

        var exception = Assert.Throws<TemplateException>(() => Builder(templates).Build());

        var actual = templates.Get("nl", TemplateChannel.Html).Sha256;
        Assert.Contains($"Template 'notice.nl.html' (version {before.Version}", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"expected sha256 {before.Sha256}, actual {actual}", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Changed since approval: nl/html/role.hbs.", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("notice.en.html", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_RendersADraftWithTheBannerInEveryDocumentAndRecordsTheStatus()
    {
        _templates.Replace("nl/html/role.hbs", "Het algoritme heeft een berekening gemaakt.", "Het algoritme heeft een som gemaakt.");
        _templates.Replace("nl/txt/role.hbs", "Het algoritme heeft een berekening gemaakt.", "Het algoritme heeft een som gemaakt.");
        var pipeline = Builder(await TemplateSetLoader.LoadAsync(_templates.Folder)).WithTemplateMode(TemplateMode.Preview).Build();

        var issued = Assert.IsType<PipelineOutcome.Issued>(await pipeline.ProcessAsync(SampleEvents.Bytes(SampleEvents.RiskSupported)));

        var html = await File.ReadAllTextAsync(Path.Combine(_output, issued.Folder, "notice.nl.html"));
        var text = await File.ReadAllTextAsync(Path.Combine(_output, issued.Folder, "notice.nl.txt"));
        Assert.Contains("<p class=\"utrecht-paragraph draft\" data-draft=\"true\" role=\"note\"><strong>CONCEPT — niet verzenden</strong></p>", html, StringComparison.Ordinal);
        Assert.StartsWith("*** CONCEPT — niet verzenden ***", text, StringComparison.Ordinal);
        Assert.All(issued.Manifest.Templates, reference => Assert.Equal(TemplateStatus.Draft, reference.Status));
    }

    [Fact]
    public async Task Preview_DoesNotMarkApprovedTemplates()
    {
        var pipeline = Builder(await TemplateSetLoader.LoadAsync(_templates.Folder)).WithTemplateMode(TemplateMode.Preview).Build();

        var issued = Assert.IsType<PipelineOutcome.Issued>(await pipeline.ProcessAsync(SampleEvents.Bytes(SampleEvents.Automated)));

        Assert.DoesNotContain("data-draft", await File.ReadAllTextAsync(Path.Combine(_output, issued.Folder, "notice.en.html")), StringComparison.Ordinal);
        Assert.All(issued.Manifest.Templates, reference => Assert.Equal(TemplateStatus.Approved, reference.Status));
    }

    [Fact]
    public async Task Render_RefusesADraftWhoseTemplateDroppedTheBanner()
    {
        _templates.Replace("nl/txt/notice.hbs", "*** {{> draft-banner}} ***", "***");
        var renderer = new NoticeRenderer(await TemplateSetLoader.LoadAsync(_templates.Folder), TemplateMode.Preview);

        var exception = Assert.Throws<TemplateException>(() => renderer.Render(PipelineHarnessExplanation()));

        Assert.Contains("'notice.nl.txt' is a draft but its render does not show the draft banner 'CONCEPT — niet verzenden'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApproveAsync_PinsTheChangedSourcesRaisesTheMinorVersionAndKeepsACopy()
    {
        var before = (await TemplateSetLoader.LoadAsync(_templates.Folder)).Get("nl", TemplateChannel.Html);
        _templates.Replace("nl/html/role.hbs", "Het algoritme heeft een berekening gemaakt.", "Het algoritme heeft een som gemaakt.");
        var approver = new TemplateApprover(new FakeTimeProvider(new DateTimeOffset(2027, 1, 15, 10, 0, 0, TimeSpan.Zero)));

        var approval = await approver.ApproveAsync(_templates.Folder, "notice.nl.html", "privacy-officer");

        var after = (await TemplateSetLoader.LoadAsync(_templates.Folder)).Get("nl", TemplateChannel.Html);
        var parts = before.Version.Split('.');
        Assert.Equal($"{parts[0]}.{int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) + 1}.0", approval.Version);
        Assert.Equal(new DateOnly(2027, 1, 15), approval.ApprovedAt);
        Assert.Equal(TemplateStatus.Approved, after.Status);
        Assert.Equal(after.Sha256, after.LastApproved!.Sha256);
        Assert.Contains("Het algoritme heeft een som gemaakt.", after.LastApproved.Sources["nl/html/role.hbs"], StringComparison.Ordinal);
        Assert.Null(Record.Exception(() => new NoticeRenderer(new TemplateSet([after]))));
    }

    [Fact]
    public async Task ApproveAsync_KeepsTheVersionWhenTheSourcesAreUnchanged()
    {
        var before = (await TemplateSetLoader.LoadAsync(_templates.Folder)).Get("en", TemplateChannel.Txt);

        var approval = await new TemplateApprover(new FakeTimeProvider(PipelineHarness.Now)).ApproveAsync(_templates.Folder, "notice.en.txt", "legal-team");

        Assert.Equal(before.Version, approval.Version);
        Assert.Equal("legal-team", approval.ApprovedBy);
    }

    [Theory]
    [InlineData("Jan Jansen")]
    [InlineData("j.jansen@gemeente.example")]
    [InlineData("Juridisch")]
    [InlineData("x")]
    public async Task ApproveAsync_RefusesAnApproverThatIsNotARole(string by)
    {
        var exception = await Assert.ThrowsAsync<ArgumentException>(() => new TemplateApprover(TimeProvider.System).ApproveAsync(_templates.Folder, "notice.nl.html", by));

        Assert.Contains("never a person", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApprovedSources_FormatsAndParsesBackToTheSameHash()
    {
        var sources = new Dictionary<string, string>
        {
            ["nl/html/notice.hbs"] = "<p>Een regel.</p>\n\n===== geen kop =====\n",
            ["nl/html/empty.hbs"] = string.Empty,
            ["shared/html/style.hbs"] = "body { margin: 0; }",
        };
        var copy = new ApprovedSources("notice.nl.html", "1.2.0", TemplateSetLoader.HashOf(sources), "juridisch-adviseur", new DateOnly(2026, 11, 25), sources);

        var parsed = ApprovedSources.Parse(copy.Format(), "test");

        Assert.True(parsed.IsIntact);
        Assert.Equal(sources, parsed.Sources);
        Assert.Equal(copy with { Sources = parsed.Sources }, parsed);
    }

    public void Dispose()
    {
        _templates.Dispose();
        Directory.Delete(_output, recursive: true);
    }

    private static Kenbaarheid.Explanation.NoticeExplanation PipelineHarnessExplanation()
    {
        var validation = new Kenbaarheid.Events.EventValidator(PipelineHarness.Agencies).Validate(SampleEvents.Bytes(SampleEvents.Prepared));
        PipelineHarness.Agencies.TryGet("zb999902", out var agency);
        return new Kenbaarheid.Explanation.NoticeExplainer(PipelineHarness.Registry).Explain(validation.Event!, agency!).Explanation!;
    }

    private NoticePipelineBuilder Builder(TemplateSet templates) => new NoticePipelineBuilder()
        .WithAgencies(PipelineHarness.Agencies)
        .WithRegistry(PipelineHarness.Registry)
        .WithTemplates(templates)
        .WithStore(new FileSystemNoticeStore(_output))
        .WithTimeProvider(new FakeTimeProvider(PipelineHarness.Now));
}
