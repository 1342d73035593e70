using System.Net;

namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// Reads the HTML the approved templates render — well-formed by construction: every element the template checker
/// allows is closed, attributes are quoted, event text is escaped — into the few things the PDF layout needs: the
/// document's language and title and the body's elements and texts. A full HTML5 parser (AngleSharp) took about half
/// of the PDF's own time, most of it on the head's style sheet, which the layout never reads; this one skips the head
/// and refuses what the templates never write (an end tag that closes nothing open, a missing end tag) rather than
/// guess as a browser would. <c>NoticeHtmlParserTests</c> holds it to AngleSharp's reading of every fixture and sample.
/// </summary>
internal static class NoticeHtmlParser
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal) { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr" };

    // The attributes the layout reads; the others (ids, aria and data attributes, the style classes) are skipped, not copied.
    private static readonly HashSet<string> KeptAttributes = new(StringComparer.Ordinal) { "class", "href", "lang", "scope" };

    // Names of the elements the templates write, so reading a tag takes no copy of its name.
    private static readonly HashSet<string> KnownNames = new(
        [
            "a", "article", "b", "body", "br", "caption", "dd", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "html", "li", "main", "ol", "p", "section",
            "span", "strong", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", .. KeptAttributes,
        ],
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Names = KnownNames.GetAlternateLookup<ReadOnlySpan<char>>();

    public static (string? Language, string Title, NoticeHtmlElement Body) Parse(string html)
    {
        var htmlTag = html.IndexOf("<html", StringComparison.Ordinal);
        var language = htmlTag >= 0 ? StartTag(html, htmlTag, null).Element.GetAttribute("lang") : null;
        var title = string.Empty;
        var titleStart = html.IndexOf("<title>", StringComparison.Ordinal);
        if (titleStart >= 0)
        {
            titleStart += "<title>".Length;
            var titleEnd = html.IndexOf("</title>", titleStart, StringComparison.Ordinal);
            title = string.Join(' ', Decode(html[titleStart..titleEnd]).Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
        }

        var bodyTag = html.IndexOf("<body", StringComparison.Ordinal);
        if (bodyTag < 0)
        {
            throw new InvalidDataException("The notice's HTML has no body.");
        }

        var (body, position) = StartTag(html, bodyTag, null);
        var open = body;
        while (true)
        {
            var next = html.IndexOf('<', position);
            if (next < 0)
            {
                throw Malformed(html, position, $"the end of the document comes before </{open.LocalName}>");
            }

            if (next > position)
            {
                Text(open, html[position..next]);
            }

            if (string.CompareOrdinal(html, next, "<!--", 0, 4) == 0)
            {
                position = html.IndexOf("-->", next + 4, StringComparison.Ordinal) is var end && end >= 0 ? end + 3 : throw Malformed(html, next, "a comment does not end");
            }
            else if (html.Length > next + 1 && html[next + 1] == '/')
            {
                var close = html.IndexOf('>', next);
                var name = html.AsSpan()[(next + 2)..close].Trim();
                if (!name.Equals(open.LocalName, StringComparison.OrdinalIgnoreCase))
                {
                    throw Malformed(html, next, $"</{name}> closes <{open.LocalName}>");
                }

                position = close + 1;
                if (open == body)
                {
                    // As in HTML, text after </body> (the line ends around </html>) belongs to the body.
                    var rest = html[position..].Replace("</html>", string.Empty, StringComparison.OrdinalIgnoreCase);
                    if (rest.Length > 0)
                    {
                        Text(body, rest);
                    }

                    return (language, title, body);
                }

                open = open.ParentElement!;
            }
            else
            {
                var (element, after) = StartTag(html, next, open);
                open.ChildNodes.Add(element);
                open.Children.Add(element);
                position = after;
                if (element.LocalName is "script" or "style")
                {
                    // Raw text: no markup inside.
                    var end = html.IndexOf($"</{element.LocalName}", after, StringComparison.OrdinalIgnoreCase);
                    element.ChildNodes.Add(html[after..end]);
                    position = html.IndexOf('>', end) + 1;
                }
                else if (!VoidElements.Contains(element.LocalName) && html[after - 2] != '/')
                {
                    open = element;
                }
            }
        }
    }

    /// <summary>Reads the start tag at <paramref name="at"/>: its name and attributes, and where it ends.</summary>
    private static (NoticeHtmlElement Element, int After) StartTag(string html, int at, NoticeHtmlElement? parent)
    {
        var i = at + 1;
        var nameStart = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] != '>' && html[i] != '/')
        {
            i++;
        }

        var name = Name(html.AsSpan()[nameStart..i]);
        var attributes = new List<KeyValuePair<string, string>>();
        while (true)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/'))
            {
                i++;
            }

            if (i >= html.Length)
            {
                throw Malformed(html, at, $"the tag <{name}> does not end");
            }

            if (html[i] == '>')
            {
                return (new NoticeHtmlElement(name, parent, attributes), i + 1);
            }

            var keyStart = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('=' or '>' or '/'))
            {
                i++;
            }

            var key = Name(html.AsSpan()[keyStart..i]);
            var (valueStart, valueEnd) = (i, i);
            if (i < html.Length && html[i] == '=')
            {
                i++;
                if (html[i] is '"' or '\'')
                {
                    (valueStart, valueEnd) = (i + 1, html.IndexOf(html[i], i + 1));
                    i = valueEnd + 1;
                }
                else
                {
                    valueStart = i;
                    while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
                    {
                        i++;
                    }

                    valueEnd = i;
                }
            }

            // As in HTML, the first of two attributes with one name counts.
            if (KeptAttributes.Contains(key) && !attributes.Exists(a => a.Key == key))
            {
                attributes.Add(new(key, Decode(html[valueStart..valueEnd])));
            }
        }
    }

    private static void Text(NoticeHtmlElement parent, string raw)
    {
        var text = Decode(raw.Contains('\r', StringComparison.Ordinal) ? raw.ReplaceLineEndings("\n") : raw);
        if (parent.ChildNodes is [.., string previous])
        {
            parent.ChildNodes[^1] = previous + text;
        }
        else
        {
            parent.ChildNodes.Add(text);
        }
    }

    private static string Decode(string text) => text.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(text) : text;

    /// <summary>An element or attribute name in lower case (HTML names are case-insensitive), copied only when unknown.</summary>
    private static string Name(ReadOnlySpan<char> name) =>
        Names.TryGetValue(name, out var known) ? known : name.ToString().ToLowerInvariant();

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static InvalidDataException Malformed(string html, int at, string what) =>
        new($"The notice's HTML is not the approved templates' well-formed output at character {at}: {what}.");
}
