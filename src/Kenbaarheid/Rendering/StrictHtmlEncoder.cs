using System.Text;
using HandlebarsDotNet;

namespace Kenbaarheid.Rendering;

/// <summary>
/// Escapes every character that can end an HTML text or attribute value, as Handlebars.js does
/// (<c>&amp; &lt; &gt; " ' ` =</c>). Handlebars.Net's own encoder leaves quotes alone, which is unsafe for
/// text from events placed in an attribute.
/// </summary>
internal sealed class StrictHtmlEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target)
    {
        if (text is null)
        {
            return;
        }

        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                Write(c, target);
            }
        }
    }

    public void Encode(string? text, TextWriter target)
    {
        if (text is null)
        {
            return;
        }

        foreach (var c in text)
        {
            Write(c, target);
        }
    }

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        while (text is not null && text.MoveNext())
        {
            Write(text.Current, target);
        }
    }

    private static void Write(char c, TextWriter target)
    {
        switch (c)
        {
            case '&': target.Write("&amp;"); break;
            case '<': target.Write("&lt;"); break;
            case '>': target.Write("&gt;"); break;
            case '"': target.Write("&quot;"); break;
            case '\'': target.Write("&#39;"); break;
            case '`': target.Write("&#96;"); break;
            case '=': target.Write("&#61;"); break;
            default: target.Write(c); break;
        }
    }
}
