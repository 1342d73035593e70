using System.Text;
using System.Text.RegularExpressions;
using Kenbaarheid.Agencies;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Rendering.Themes;
using Kenbaarheid.Storage;
using Kenbaarheid.Tests.Events;
using Kenbaarheid.Tests.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace Kenbaarheid.Tests.Rendering.Themes;

/// <summary>
/// Tokens can only hide or move a part of a notice if the notice's own CSS feeds them into a property that does. These
/// tests hold the notice's CSS to that, so "a theme is only tokens" means "a theme cannot hide or reorder a section";
/// colour and size, which tokens do set, are proven per shipped theme in Chromium (Kenbaarheid.Browser.Tests).
/// </summary>
public sealed partial class NoticeThemeTests
{
    /// <summary>Properties that hide, move, stack or add content. Not block-size: a table cell grows to its content.</summary>
    private static readonly HashSet<string> HideOrMove =
    [
        "display", "visibility", "opacity", "order", "position", "content", "clip", "clip-path", "mask", "transform", "translate",
        "scale", "rotate", "inset", "top", "right", "bottom", "left", "float", "grid-area", "grid-row", "grid-column",
        "flex-direction", "flex-flow", "overflow", "height", "max-height", "max-block-size", "filter", "content-visibility",
    ];

    [Fact]
    public void ComponentCssAndTheSharedStyle_NeverLetATokenHideOrMoveAnything()
    {
        var style = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "templates", "shared", "html", "style.hbs"));

        var fed = TokenFedProperties(ComponentStylesheet.Css).Concat(TokenFedProperties(style)).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(fed);
        Assert.DoesNotContain(fed, property => HideOrMove.Contains(property) || property.StartsWith("inset-", StringComparison.Ordinal));
    }

    [Fact]
    public void SharedStyle_ReadsOnlyTokensTheThemeKeeps()
    {
        var style = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "templates", "shared", "html", "style.hbs"));

        Assert.Subset(ComponentStylesheet.Tokens.ToHashSet(), ComponentStylesheet.TokensReadBy(style).ToHashSet());
    }

    [Fact]
    public void Rijkshuisstijl_IsTheDefaultAndSetsTheDocumentTokens()
    {
        var theme = NoticeTheme.Rijkshuisstijl;

        Assert.Equal(NoticeTheme.DefaultName, theme.Name);
        Assert.StartsWith(":root {\n", theme.Tokens, StringComparison.Ordinal);
        Assert.Contains("  --utrecht-document-color: ", theme.Tokens, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", theme.Tokens, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_InlinesTheAgencysThemeInTheHtmlOnly()
    {
        var theme = NoticeTheme.Parse("huisstijl.css", ":root { --utrecht-document-color: #102030; --unused: 1px; }");
        var agencies = new AgencyDirectory(PipelineHarness.Agencies.All, new Dictionary<string, NoticeTheme> { ["zb999901"] = theme });
        var pipeline = new NoticePipelineBuilder()
            .WithAgencies(agencies)
            .WithRegistry(PipelineHarness.Registry)
            .WithTemplates(PipelineHarness.Templates)
            .WithStore(new FileSystemNoticeStore(Path.Combine(Path.GetTempPath(), "kenbaarheid-never-written")))
            .WithTimeProvider(new FakeTimeProvider(PipelineHarness.Now))
            .Build();

        var notice = pipeline.Preview(SampleEvents.Bytes(SampleEvents.Automated)).Notice!;

        var html = Encoding.UTF8.GetString(notice.Documents.Single(d => d is { Language: "nl", Extension: "html" }).Content.Span);
        Assert.Contains("<style>\n:root {\n  --utrecht-document-color: #102030;\n}\n", html, StringComparison.Ordinal);
        Assert.Contains(".utrecht-heading-1 {", html, StringComparison.Ordinal);
        Assert.DoesNotContain("--unused", html, StringComparison.Ordinal);
        var text = Encoding.UTF8.GetString(notice.Documents.Single(d => d is { Language: "nl", Extension: "txt" }).Content.Span);
        Assert.DoesNotContain("--utrecht-", text, StringComparison.Ordinal);
    }

    private static IEnumerable<string> TokenFedProperties(string css) =>
        TokenDeclaration().Matches(css).Select(m => m.Groups["property"].Value);

    [GeneratedRegex(@"(?<![-\w])(?<property>[a-z][a-z-]*)\s*:[^;{}]*var\(")]
    private static partial Regex TokenDeclaration();
}
