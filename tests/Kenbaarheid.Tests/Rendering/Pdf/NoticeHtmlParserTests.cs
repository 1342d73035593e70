using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Rendering.Pdf;
using Kenbaarheid.Tests.Pipeline;

namespace Kenbaarheid.Tests.Rendering.Pdf;

/// <summary>
/// The PDF layout reads the notice's HTML with <see cref="NoticeHtmlParser"/>, which knows only the templates'
/// well-formed output. It must read every sample and every template fixture exactly as a full HTML5 parser
/// (AngleSharp) does: the same elements, the attributes the layout uses, the same text, the title and the language.
/// </summary>
public sealed class NoticeHtmlParserTests
{
    public static TheoryData<string> Samples => SamplePdfs.Names;

    [Theory]
    [MemberData(nameof(Samples))]
    public void ReadsEachSample_AsAFullHtmlParserDoes(string name) => AssertSameAsAngleSharp(SamplePdfs.Named(name).Html);

    [Fact]
    public async Task ReadsEveryTemplateFixture_AsAFullHtmlParserDoes()
    {
        var read = 0;
        foreach (var path in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "templates", "fixtures", "events"), "*.json").Order(StringComparer.Ordinal))
        {
            using var harness = new PipelineHarness(fixtures: true);
            if (await harness.ProcessAsync(await File.ReadAllBytesAsync(path)) is not PipelineOutcome.Issued issued)
            {
                continue;
            }

            foreach (var language in issued.Manifest.Languages)
            {
                AssertSameAsAngleSharp(await File.ReadAllTextAsync(Path.Combine(harness.OutputFolder, issued.Folder, $"notice.{language}.html")));
                read++;
            }
        }

        Assert.True(read >= 10, $"Only {read} fixture notices were read.");
    }

    [Fact]
    public void DecodesEntities_AndKeepsTheFirstOfTwoAttributes()
    {
        var (language, title, body) = NoticeHtmlParser.Parse("<html lang=\"en\"><head><title> A &amp; B </title></head><body><p lang=\"nl\" lang=\"en\">&#39;x&#39; &lt; &euro;&nbsp;5</p></body></html>");

        Assert.Equal("en", language);
        Assert.Equal("A & B", title);
        Assert.Equal("nl", body.Children[0].GetAttribute("lang"));
        Assert.Equal("'x' < €\u00A05", body.Children[0].TextContent);
    }

    [Theory]
    [InlineData("<html><body><p>open</body></html>")]
    [InlineData("<html><body><p>one</div></p></body></html>")]
    [InlineData("<html><body><p>never closed")]
    public void RefusesHtmlTheTemplatesNeverWrite_RatherThanGuess(string html) =>
        Assert.Throws<InvalidDataException>(() => NoticeHtmlParser.Parse(html));

    private static void AssertSameAsAngleSharp(string html)
    {
        var expected = new HtmlParser().ParseDocument(html);
        var (language, title, body) = NoticeHtmlParser.Parse(html);

        Assert.Equal(expected.DocumentElement.GetAttribute("lang"), language);
        Assert.Equal(expected.Title!.Trim(), title);
        Assert.Equal(Describe(expected.Body!), Describe(body));
    }

    private static readonly string[] LayoutAttributes = ["class", "href", "lang", "scope"];

    private static string Describe(IElement element) => Describe(
        element,
        e => e.LocalName,
        (e, name) => e.GetAttribute(name),
        e => e.ChildNodes.Select(child => child is IText text ? text.Data : (object?)(child as IElement)).OfType<object>());

    private static string Describe(NoticeHtmlElement element) => Describe(element, e => e.LocalName, (e, name) => e.GetAttribute(name), e => e.ChildNodes);

    /// <summary>A tree as text: each element with the attributes the layout reads, each text quoted, indented by depth.</summary>
    private static string Describe<T>(T root, Func<T, string> name, Func<T, string, string?> attribute, Func<T, IEnumerable<object>> children)
        where T : class
    {
        var text = new StringBuilder();
        Walk(root, 0);
        return text.ToString();

        void Walk(T element, int depth)
        {
            text.Append(' ', depth).Append('<').Append(name(element));
            foreach (var key in LayoutAttributes)
            {
                if (attribute(element, key) is { } value)
                {
                    text.Append(' ').Append(key).Append("=\"").Append(value).Append('"');
                }
            }

            text.Append(">\n");
            foreach (var child in children(element))
            {
                if (child is string data)
                {
                    text.Append(' ', depth + 1).Append('"').Append(data).Append("\"\n");
                }
                else
                {
                    Walk((T)child, depth + 1);
                }
            }
        }
    }
}
