using Kenbaarheid.Rendering.Themes;

namespace Kenbaarheid.Tests.Rendering.Themes;

/// <summary>
/// A theme sets design tokens and nothing else: whatever else a tokens file tries, hiding, moving or adding a part of
/// a notice, loading something or breaking out of the style element, is refused with the line for the file's author.
/// </summary>
public sealed class ThemeSanitizerTests
{
    private static readonly IReadOnlySet<string> Read = new HashSet<string>(["--utrecht-document-color", "--utrecht-link-color"]);

    [Theory]
    [InlineData("display: none")]
    [InlineData("visibility: hidden")]
    [InlineData("order: -1")]
    [InlineData("position: absolute")]
    [InlineData("content: \"Geen bezwaar mogelijk\"")]
    [InlineData("opacity: 0")]
    public void Sanitize_RefusesADeclarationThatIsNotAToken(string declaration)
    {
        var css = $":root {{\n  --utrecht-document-color: #1a1a1a;\n  {declaration};\n}}\n";

        var exception = Assert.Throws<InvalidDataException>(() => ThemeSanitizer.Sanitize(css, Read));

        Assert.Equal($"line 3: '{declaration}' is not a design token: a theme may only set design tokens (custom properties such as --utrecht-document-color), so it cannot hide, move or add a part of a notice.", exception.Message);
    }

    [Theory]
    [InlineData("[data-section=\"risk\"] { --utrecht-document-color: #ffffff; }", "the selector '[data-section=\"risk\"]' is not allowed")]
    [InlineData(":root, section { --utrecht-document-color: #1a1a1a; }", "the selector 'section' is not allowed")]
    [InlineData(".utrecht-theme .utrecht-heading-2 { --utrecht-document-color: #1a1a1a; }", "is not allowed")]
    [InlineData("@import \"elsewhere.css\";", "'@import' is not allowed")]
    [InlineData("@media print { :root { --utrecht-document-color: #ffffff; } }", "'@media' is not allowed")]
    [InlineData("@font-face { font-family: Rijks; src: url(https://example.org/rijks.woff2); }", "'@font-face' is not allowed")]
    [InlineData(":root { --utrecht-document-color: #1a1a1a; section { display: none; } }", "a rule inside a rule is not allowed")]
    [InlineData(":root { --utrecht-document-color: #1a1a1a;", "this rule has no closing '}'")]
    [InlineData("/* tokens :root { --utrecht-document-color: #1a1a1a; }", "a comment is not closed")]
    [InlineData("--utrecht-document-color: #1a1a1a;", "is not a rule")]
    public void Sanitize_RefusesAnythingButTokenRules(string css, string expected)
    {
        var exception = Assert.Throws<InvalidDataException>(() => ThemeSanitizer.Sanitize(css, Read));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.StartsWith("line 1: ", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("url(https://tracker.example/pixel.png)", "url(")]
    [InlineData("#1a1a1a</style><script>alert(1)</script>", "<")]
    [InlineData("\"\\3c /style\\3e\"", "\\")]
    [InlineData("image-set(\"a.png\" 1x)", "image-set(")]
    public void Sanitize_RefusesATokenTheNoticeReadsWhenItsValueLoadsOrBreaksOut(string value, string found)
    {
        var css = $"/* a comment\n   over two lines */\n:root {{\n  --utrecht-link-color: {value};\n}}\n";

        var exception = Assert.Throws<InvalidDataException>(() => ThemeSanitizer.Sanitize(css, Read));

        Assert.StartsWith($"line 4: the value of --utrecht-link-color holds '{found}'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_KeepsTheTokensTheNoticeReadsAndWhatTheyReferToUnderRootTheLastDeclarationWinning()
    {
        const string css = """
            /* A municipality's tokens, as its npm package publishes them. */
            .gemeente-theme {
              --gemeente-color-blue: #0b4ea2;
              --gemeente-color-ink: #1a1a1a;
              --gemeente-icon: url("data:image/svg+xml,%3Csvg%3E%3C/svg%3E");
              --utrecht-document-color: var(--gemeente-color-ink);
              --utrecht-link-color: var(--gemeente-color-blue, #0000ff);
              --utrecht-select-background-image: var(--gemeente-icon);
              --utrecht-font-family: "Gemeente Sans", Arial, sans-serif;
            }
            :root { --utrecht-document-color: #000000; }
            """;

        var tokens = ThemeSanitizer.Sanitize(css, Read);

        Assert.Equal(
            ":root {\n  --gemeente-color-blue: #0b4ea2;\n  --utrecht-document-color: #000000;\n  --utrecht-link-color: var(--gemeente-color-blue, #0000ff);\n}\n",
            tokens);
    }

    [Fact]
    public void Sanitize_RefusesAFileWithNoneOfTheTokensANoticeReads()
    {
        var exception = Assert.Throws<InvalidDataException>(() => ThemeSanitizer.Sanitize(":root { --brand-color: #0b4ea2; }", Read));

        Assert.Contains("sets none of the tokens a notice reads", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_RefusesAFileLargerThanATokensFile()
    {
        var css = ":root { --utrecht-document-color: #1a1a1a; }\n" + new string(' ', ThemeSanitizer.MaxBytes);

        var exception = Assert.Throws<InvalidDataException>(() => ThemeSanitizer.Sanitize(css, Read));

        Assert.Contains("larger than 1024 kB", exception.Message, StringComparison.Ordinal);
    }
}
