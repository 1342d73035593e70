using System.Text;
using System.Text.RegularExpressions;

namespace Kenbaarheid.Rendering.Themes;

/// <summary>
/// Reads a tokens file as NL Design System packages publish it (<c>:root { --name: value; … }</c> or
/// <c>.name-theme { … }</c>) and refuses anything else, with the line: a declaration that is not a custom property
/// (<c>display: none</c>), another selector, an at-rule. So a theme can only set tokens, and the notice's own CSS
/// decides what they style. Then it keeps only the tokens the notice reads (and the tokens those refer to), and
/// refuses a kept token whose value would load something or end the notice's style element.
/// </summary>
internal static partial class ThemeSanitizer
{
    /// <summary>Published token sets are 100-250 kB; anything much larger is not a tokens file.</summary>
    public const int MaxBytes = 1024 * 1024;

    private const string OnlyTokens = "a theme may only set design tokens (custom properties such as --utrecht-document-color), so it cannot hide, move or add a part of a notice";

    /// <summary>The tokens of <paramref name="css"/> that <paramref name="read"/> needs, as one <c>:root</c> rule.</summary>
    public static string Sanitize(string css, IReadOnlySet<string> read)
    {
        if (Encoding.UTF8.GetByteCount(css) > MaxBytes)
        {
            throw new InvalidDataException($"the theme is larger than {MaxBytes / 1024} kB; a tokens file is smaller.");
        }

        var tokens = Declarations(BlankComments(css.ReplaceLineEndings("\n")));
        var kept = Needed(tokens, read);
        if (kept.Count == 0)
        {
            throw new InvalidDataException("the theme sets none of the tokens a notice reads (such as --utrecht-document-color or --utrecht-heading-1-font-size). Use the tokens file of your NL Design System theme.");
        }

        var rule = new StringBuilder(":root {\n");
        foreach (var (name, token) in tokens.Where(t => kept.Contains(t.Key)))
        {
            if (UnsafeValue().Match(token.Value) is { Success: true } found)
            {
                throw new InvalidDataException($"line {token.Line}: the value of {name} holds '{found.Value}'. A notice loads nothing and its stylesheet must stay whole: a token may not use url(), image-set(), '<' or '\\'.");
            }

            rule.Append("  ").Append(name).Append(": ").Append(token.Value).Append(";\n");
        }

        return rule.Append("}\n").ToString();
    }

    /// <summary>Every custom property, in the order of the file; a later declaration of a name wins, as in CSS.</summary>
    private static Dictionary<string, (string Value, int Line)> Declarations(string text)
    {
        var tokens = new Dictionary<string, (string Value, int Line)>(StringComparer.Ordinal);
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                return tokens;
            }

            if (text[i] == '@')
            {
                throw Refusal(text, i, $"'{Word(text, i)}' is not allowed: {OnlyTokens}. Put the tokens in :root.");
            }

            var open = text.IndexOf('{', i);
            if (open < 0)
            {
                throw Refusal(text, i, $"'{Word(text, i)}' is not a rule; a theme holds ':root {{ --name: value; }}'.");
            }

            foreach (var selector in text[i..open].Split(',').Select(s => s.Trim()))
            {
                if (!ThemeScope().IsMatch(selector))
                {
                    throw Refusal(text, i, $"the selector '{selector}' is not allowed: tokens go in :root or in a theme class such as .utrecht-theme, and {OnlyTokens}.");
                }
            }

            var close = BodyEnd(text, open);
            var start = open + 1;
            foreach (var end in DeclarationEnds(text, start, close))
            {
                var declaration = text[start..end];
                var at = start + (declaration.Length - declaration.TrimStart().Length);
                start = end + 1;
                if (string.IsNullOrWhiteSpace(declaration))
                {
                    continue;
                }

                var colon = declaration.IndexOf(':');
                var name = (colon < 0 ? declaration : declaration[..colon]).Trim();
                if (colon < 0 || !CustomProperty().IsMatch(name))
                {
                    throw Refusal(text, at, $"'{declaration.Trim()}' is not a design token: {OnlyTokens}.");
                }

                tokens[name] = (declaration[(colon + 1)..].Trim(), LineOf(text, at));
            }

            i = close + 1;
        }
    }

    /// <summary>The tokens <paramref name="read"/> names, and every token their values refer to, however deep.</summary>
    private static HashSet<string> Needed(Dictionary<string, (string Value, int Line)> tokens, IReadOnlySet<string> read)
    {
        var kept = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(read.Where(tokens.ContainsKey));
        while (pending.TryPop(out var name))
        {
            if (kept.Add(name))
            {
                foreach (var referenced in ComponentStylesheet.TokensReadBy(tokens[name].Value).Where(tokens.ContainsKey))
                {
                    pending.Push(referenced);
                }
            }
        }

        return kept;
    }

    /// <summary>The closing brace of the rule opened at <paramref name="open"/>; a nested rule is refused.</summary>
    private static int BodyEnd(string text, int open)
    {
        foreach (var i in OutsideStrings(text, open + 1, text.Length))
        {
            if (text[i] == '{')
            {
                throw Refusal(text, i, $"a rule inside a rule is not allowed: {OnlyTokens}.");
            }

            if (text[i] == '}')
            {
                return i;
            }
        }

        throw Refusal(text, open, "this rule has no closing '}'.");
    }

    /// <summary>The semicolons that end declarations, outside strings and brackets, then the end of the body.</summary>
    private static IEnumerable<int> DeclarationEnds(string text, int start, int close)
    {
        var depth = 0;
        foreach (var i in OutsideStrings(text, start, close))
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (text[i] == ';' && depth == 0)
            {
                yield return i;
            }
        }

        yield return close;
    }

    /// <summary>The positions from <paramref name="start"/> up to <paramref name="end"/> that are not inside a quoted string.</summary>
    private static IEnumerable<int> OutsideStrings(string text, int start, int end)
    {
        var quote = '\0';
        for (var i = start; i < end; i++)
        {
            if (quote != '\0')
            {
                quote = text[i] == quote ? '\0' : quote;
            }
            else if (text[i] is '"' or '\'')
            {
                quote = text[i];
            }
            else
            {
                yield return i;
            }
        }
    }

    private static InvalidDataException Refusal(string text, int at, string message) => new($"line {LineOf(text, at)}: {message}");

    private static int LineOf(string text, int at) => text.AsSpan(0, at).Count('\n') + 1;

    private static string Word(string text, int at) => new(text.Skip(at).TakeWhile(c => !char.IsWhiteSpace(c) && c is not '{' and not ';').Take(40).ToArray());

    /// <summary>Comments replaced by spaces, newlines kept, so line numbers still point into the agency's file.</summary>
    private static string BlankComments(string text)
    {
        if (Comments().Replace(text, string.Empty).Contains("/*", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"line {LineOf(text, text.LastIndexOf("/*", StringComparison.Ordinal))}: a comment is not closed with '*/'.");
        }

        return Comments().Replace(text, match => new string(match.Value.Select(c => c == '\n' ? '\n' : ' ').ToArray()));
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"^(:root|\.[a-z][a-z0-9_-]*-theme)$")]
    private static partial Regex ThemeScope();

    [GeneratedRegex(@"^--[A-Za-z0-9_-]+$")]
    private static partial Regex CustomProperty();

    [GeneratedRegex(@"url\s*\(|image-set\s*\(|image\s*\(|@import|<|\\", RegexOptions.IgnoreCase)]
    private static partial Regex UnsafeValue();
}
