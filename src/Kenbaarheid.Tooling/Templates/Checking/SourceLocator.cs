using Kenbaarheid.Rendering;

namespace Kenbaarheid.Tooling.Templates.Checking;

/// <summary>Finds where in a template's sources a piece of text is, to point a finding at a file and line.</summary>
public static class SourceLocator
{
    /// <summary>The first file and line holding <paramref name="needle"/>, the main template first; (null, null) when none does.</summary>
    public static (string? File, int? Line) Find(NoticeTemplate template, string needle)
    {
        var main = $"{template.Language}/{template.Channel.ToString().ToLowerInvariant()}/notice.hbs";
        foreach (var (path, text) in template.Sources.OrderBy(s => s.Key == main ? 0 : 1).ThenBy(s => s.Key, StringComparer.Ordinal))
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Contains(needle, StringComparison.Ordinal))
                {
                    return (path, i + 1);
                }
            }
        }

        return (null, null);
    }
}
