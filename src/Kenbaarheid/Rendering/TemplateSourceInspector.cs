using System.Text.RegularExpressions;

namespace Kenbaarheid.Rendering;

/// <summary>
/// Reads template sources line by line for what must never be in a notice: unescaped output, scripts and anything
/// a browser would fetch. Handlebars comments are skipped (they may name what they forbid), line numbers kept.
/// </summary>
internal static partial class TemplateSourceInspector
{
    private static readonly string[] UnescapedTokens = ["{{{", "{{&", "{{~{", "{{~&"];

    public static IReadOnlyList<TemplateFinding> Inspect(string template, string file, string text)
    {
        var findings = new List<TemplateFinding>();
        var lines = BlankComments(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            foreach (var token in UnescapedTokens.Where(token => line.Contains(token, StringComparison.Ordinal)))
            {
                findings.Add(new TemplateFinding(
                    TemplateSourceRules.Unescaped, template, file, i + 1, null,
                    $"'{token}' writes text without escaping it. Use '{{{{…}}}}' so text from events stays text."));
            }

            foreach (Match match in ScriptPattern().Matches(line))
            {
                findings.Add(new TemplateFinding(
                    TemplateSourceRules.Script, template, file, i + 1, null,
                    $"'{match.Value.Trim()}': a notice runs no scripts (OUTPUT.md)."));
            }

            foreach (Match match in ResourcePattern().Matches(line))
            {
                findings.Add(new TemplateFinding(
                    TemplateSourceRules.ExternalResource, template, file, i + 1, null,
                    $"'{match.Value.Trim()}': a notice loads nothing; only links (<a href>) may point elsewhere (OUTPUT.md)."));
            }
        }

        return findings;
    }

    /// <summary>Comments replaced by spaces, newlines kept, so what remains keeps its line numbers.</summary>
    private static string BlankComments(string text) =>
        Comments().Replace(text, match => new string(match.Value.Select(c => c == '\n' ? '\n' : ' ').ToArray()));

    [GeneratedRegex(@"\{\{!--.*?--\}\}|\{\{![^}]*\}\}", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"<script\b|<[a-z][^>]*\son[a-z]+\s*=|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptPattern();

    [GeneratedRegex(@"<(?:link|img|iframe|frame|object|embed|base|audio|video|source|picture|svg|image)\b|\b(?:src|srcset|poster|data)\s*=|url\s*\(|@import", RegexOptions.IgnoreCase)]
    private static partial Regex ResourcePattern();
}
