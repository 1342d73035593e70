using System.Text;
using AngleSharp.Dom;
using Kenbaarheid.Rendering;

namespace Kenbaarheid.Tooling.Templates.Readability;

/// <summary>
/// The running text of a rendered HTML notice, per checklist section, as blocks for the
/// <see cref="ReadabilityAnalyzer"/>. Paragraphs, list items, definitions, table cells and line breaks end a block.
/// Headings, definition terms, table headers and captions are labels, not sentences, and are left out; so is the
/// draft banner. With <c>ownOnly</c>, text a binding wrote (bracketed by the renderer's markers) is removed.
/// </summary>
public static class NoticeTextExtractor
{
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "H1", "H2", "H3", "H4", "H5", "H6", "DT", "TH", "CAPTION", "THEAD", "STYLE", "SCRIPT", "TITLE", "HEAD",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "LI", "DD", "TD", "DIV", "SECTION", "ARTICLE", "UL", "OL", "DL", "TABLE", "TR", "BR", "MAIN", "BODY",
    };

    /// <summary>Blocks by section name, in document order; text outside any section is under "".</summary>
    public static IReadOnlyList<(string Section, IReadOnlyList<string> Blocks)> Sections(IDocument document, bool ownOnly)
    {
        var result = new List<(string, IReadOnlyList<string>)>();
        foreach (var section in document.QuerySelectorAll("[data-section]"))
        {
            var blocks = new List<string>();
            var current = new StringBuilder();
            Walk(section, blocks, current);
            Flush(blocks, current);
            result.Add((section.GetAttribute("data-section")!, blocks.Select(b => ownOnly ? RemoveBound(b) : Unmark(b)).Where(b => b.Trim().Length > 0).ToList()));
        }

        return result;
    }

    private static void Walk(INode node, List<string> blocks, StringBuilder current)
    {
        if (node is IText text)
        {
            current.Append(text.Data);
            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        if (Labels.Contains(element.TagName) || element.HasAttribute("data-draft"))
        {
            Flush(blocks, current);
            return;
        }

        var isBlock = Blocks.Contains(element.TagName);
        if (isBlock)
        {
            Flush(blocks, current);
        }

        foreach (var child in element.ChildNodes)
        {
            Walk(child, blocks, current);
        }

        if (isBlock)
        {
            Flush(blocks, current);
        }
    }

    private static void Flush(List<string> blocks, StringBuilder current)
    {
        var text = string.Join(' ', current.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > 0)
        {
            blocks.Add(text);
        }

        current.Clear();
    }

    private static string Unmark(string text) =>
        text.Replace(NoticeRenderer.BoundTextStart.ToString(), string.Empty, StringComparison.Ordinal)
            .Replace(NoticeRenderer.BoundTextEnd.ToString(), string.Empty, StringComparison.Ordinal);

    private static string RemoveBound(string text)
    {
        var result = new StringBuilder();
        var depth = 0;
        foreach (var c in text)
        {
            if (c == NoticeRenderer.BoundTextStart)
            {
                depth++;
            }
            else if (c == NoticeRenderer.BoundTextEnd)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
