using System.Text;
using HandlebarsDotNet;

namespace Kenbaarheid.Rendering;

/// <summary>
/// Encodes like the channel's own encoder (or not at all, for plain text) and brackets each bound value with
/// private-use characters. Only the template checker renders with it: it measures the templates' own sentences
/// apart from text that came from events and the register.
/// </summary>
internal sealed class BoundTextMarker(ITextEncoder? inner) : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target)
    {
        target.Write(NoticeRenderer.BoundTextStart);
        if (inner is null)
        {
            target.Write(text?.ToString());
        }
        else
        {
            inner.Encode(text, target);
        }

        target.Write(NoticeRenderer.BoundTextEnd);
    }

    public void Encode(string? text, TextWriter target)
    {
        target.Write(NoticeRenderer.BoundTextStart);
        if (inner is null)
        {
            target.Write(text);
        }
        else
        {
            inner.Encode(text, target);
        }

        target.Write(NoticeRenderer.BoundTextEnd);
    }

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        target.Write(NoticeRenderer.BoundTextStart);
        if (inner is null)
        {
            while (text is not null && text.MoveNext())
            {
                target.Write(text.Current);
            }
        }
        else
        {
            inner.Encode(text, target);
        }

        target.Write(NoticeRenderer.BoundTextEnd);
    }
}
