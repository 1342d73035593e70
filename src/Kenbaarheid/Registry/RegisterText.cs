using AngleSharp.Html.Parser;

namespace Kenbaarheid.Registry;

/// <summary>
/// A long text from the register, reduced to plain paragraphs. The register allows simple HTML (div, p, br,
/// ul, ol, li); a notice must never pass register markup through, so only the text survives and every list
/// item or paragraph becomes its own line. Templates escape it like any other text.
/// </summary>
public sealed record RegisterText(IReadOnlyList<string> Paragraphs)
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "LI", "BR", "UL", "OL", "TR", "H1", "H2", "H3", "H4", "H5", "H6",
    };

    /// <summary>
    /// Set when part of the register's text was left out because it was garbled beyond repair (a notice shows no
    /// U+FFFD and guesses no lost character); the notice then says so and points to the register.
    /// </summary>
    public bool Damaged { get; init; }

    /// <summary>The text as one string, paragraphs separated by a blank line.</summary>
    public string Plain => string.Join("\n\n", Paragraphs);

    /// <summary>Reads a register text; empty or markup-only text is absent (null), never an empty paragraph list.</summary>
    public static RegisterText? FromHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var fragment = Parser.ParseFragment(html, Parser.ParseDocument(string.Empty).Body!);
        var paragraphs = new List<string>();
        var current = new System.Text.StringBuilder();

        void Flush()
        {
            var text = NormalizeWhitespace(current.ToString());
            if (text.Length > 0)
            {
                paragraphs.Add(text);
            }

            current.Clear();
        }

        void Walk(AngleSharp.Dom.INode node)
        {
            if (node is AngleSharp.Dom.IText text)
            {
                current.Append(text.Data);
                return;
            }

            var isBlock = node is AngleSharp.Dom.IElement element && BlockElements.Contains(element.TagName);
            if (isBlock)
            {
                Flush();
            }

            foreach (var child in node.ChildNodes)
            {
                Walk(child);
            }

            if (isBlock)
            {
                Flush();
            }
        }

        foreach (var node in fragment)
        {
            Walk(node);
        }

        Flush();
        return paragraphs.Count == 0 ? null : new RegisterText(paragraphs);
    }

    private static string NormalizeWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
