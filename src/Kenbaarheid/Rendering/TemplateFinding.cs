using System.Text;

namespace Kenbaarheid.Rendering;

/// <summary>
/// One thing wrong with a template, as precisely as it can be placed: the rule it breaks, the template, the source
/// file and line when known, and the fixture whose rendering showed it.
/// </summary>
public sealed record TemplateFinding(string Rule, string Template, string? File, int? Line, string? Fixture, string Message)
{
    public override string ToString()
    {
        var text = new StringBuilder(Template);
        if (File is not null)
        {
            text.Append(' ').Append(File);
            if (Line is not null)
            {
                text.Append(':').Append(Line.Value);
            }
        }

        if (Fixture is not null)
        {
            text.Append(" [fixture ").Append(Fixture).Append(']');
        }

        return text.Append("  ").Append(Rule).Append("  ").Append(Message).ToString();
    }
}
