using System.Text.Json.Nodes;
using Kenbaarheid.Explanation;
using Kenbaarheid.Rendering;
using Kenbaarheid.Tests.Events;

namespace Kenbaarheid.Tests.Rendering;

public sealed class TemplateSetLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kenbaarheid-templates-").FullName;

    [Fact]
    public async Task LoadAsync_LoadsTheShippedTemplatesForDutchAndEnglish()
    {
        var set = await TemplateSetLoader.LoadAsync(Path.Combine(RepositoryPaths.Root, "templates"));

        Assert.Equal(["en", "nl"], set.Languages.Order());
        Assert.All(set.All, template => Assert.Matches("^[0-9a-f]{64}$", template.Sha256));
    }

    [Theory]
    [InlineData("{{{decision.purpose}}}", "'{{{'")]
    [InlineData("{{& decision.purpose}}", "'{{&'")]
    public async Task LoadAsync_RefusesOutputThatIsNotEscapedAndNamesFileAndLine(string expression, string token)
    {
        WriteMinimalTemplates($"<p>ok</p>\n<p>{expression}</p>");

        var exception = await Assert.ThrowsAsync<TemplateException>(() => TemplateSetLoader.LoadAsync(_folder));

        Assert.Contains("nl/html/notice.hbs, line 2", exception.Message, StringComparison.Ordinal);
        Assert.Contains(token, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renderer_RefusesInProductionATemplateThatTheManifestDoesNotList()
    {
        WriteMinimalTemplates("<p>{{decision.purpose}}</p>");
        await File.WriteAllTextAsync(Path.Combine(_folder, TemplateSetLoader.ManifestFileName), "{\"templates\": [{\"id\": \"notice.nl.txt\", \"version\": \"1.0.0\", \"status\": \"draft\"}]}");
        var templates = await TemplateSetLoader.LoadAsync(_folder);

        var exception = Assert.Throws<TemplateException>(() => new NoticeRenderer(templates));

        Assert.Contains("'notice.nl.html' has no entry in manifest.json", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_IgnoresFoldersThatAreNotLanguageCodes()
    {
        WriteMinimalTemplates("<p>{{decision.purpose}}</p>");
        Directory.CreateDirectory(Path.Combine(_folder, "fixtures", "events"));
        Directory.CreateDirectory(Path.Combine(_folder, "approved"));

        var set = await TemplateSetLoader.LoadAsync(_folder);

        Assert.Equal(["nl"], set.Languages);
    }

    [Fact]
    public async Task LoadAsync_ChangesTheHashWhenOneWordOfAPartialChanges()
    {
        WriteMinimalTemplates("<p>{{> part}}</p>");
        await File.WriteAllTextAsync(Path.Combine(_folder, "nl", "html", "part.hbs"), "Dit is uw besluit.");
        var before = (await TemplateSetLoader.LoadAsync(_folder)).Get("nl", TemplateChannel.Html).Sha256;
        await File.WriteAllTextAsync(Path.Combine(_folder, "nl", "html", "part.hbs"), "Dit is het besluit.");

        var after = (await TemplateSetLoader.LoadAsync(_folder)).Get("nl", TemplateChannel.Html).Sha256;

        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task Render_FailsOnAnUnresolvedBindingInsteadOfLeavingABlank()
    {
        WriteMinimalTemplates("<p>{{decision.purpos}}</p>");
        var renderer = new NoticeRenderer(await TemplateSetLoader.LoadAsync(_folder));

        var exception = Assert.Throws<TemplateException>(() => renderer.Render(SampleExplanation()));

        Assert.Contains("notice.nl.html", exception.Message, StringComparison.Ordinal);
        Assert.Contains("purpos", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_EscapesQuotesSoEventTextCannotLeaveAnAttribute()
    {
        WriteMinimalTemplates("<p title=\"{{decision.outcome}}\">x</p>");
        var renderer = new NoticeRenderer(await TemplateSetLoader.LoadAsync(_folder));
        var explanation = SampleExplanation();
        explanation = explanation with { Decision = explanation.Decision with { Outcome = "\" onmouseover='alert(1)' x=`" } };

        var html = System.Text.Encoding.UTF8.GetString(renderer.Render(explanation).Documents[0].Content.Span);

        Assert.Equal("<p title=\"&quot; onmouseover&#61;&#39;alert(1)&#39; x&#61;&#96;\">x</p>\n", html);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static NoticeExplanation SampleExplanation()
    {
        var validation = new Kenbaarheid.Events.EventValidator(Pipeline.PipelineHarness.Agencies).Validate(SampleEvents.Bytes(SampleEvents.Prepared));
        Pipeline.PipelineHarness.Agencies.TryGet("zb999902", out var agency);
        return new NoticeExplainer(Pipeline.PipelineHarness.Registry).Explain(validation.Event!, agency!).Explanation!;
    }

    /// <summary>A Dutch html and txt template, approved as written, so production rendering accepts them.</summary>
    private void WriteMinimalTemplates(string htmlSource)
    {
        var manifest = new JsonArray();
        foreach (var channel in new[] { "html", "txt" })
        {
            Directory.CreateDirectory(Path.Combine(_folder, "nl", channel));
            var source = channel == "html" ? htmlSource : "{{decision.purpose}}";
            File.WriteAllText(Path.Combine(_folder, "nl", channel, "notice.hbs"), source);
            var sha256 = TemplateSetLoader.HashOf(new Dictionary<string, string> { [$"nl/{channel}/notice.hbs"] = source });
            manifest.Add(new JsonObject
            {
                ["id"] = $"notice.nl.{channel}", ["version"] = "1.0.0", ["status"] = "approved", ["sha256"] = sha256,
                ["approvedBy"] = "juridisch-adviseur", ["approvedAt"] = "2026-11-25",
            });
        }

        File.WriteAllText(Path.Combine(_folder, TemplateSetLoader.ManifestFileName), new JsonObject { ["templates"] = manifest }.ToJsonString());
    }
}
