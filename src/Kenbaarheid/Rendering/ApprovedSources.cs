using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Kenbaarheid.Rendering;

/// <summary>
/// The copy of a template's sources as legal approved them, kept in <c>templates/approved/{id}.txt</c>, so a
/// reviewer sees what changed since the approval without needing git. One plain-text file: a header, then every
/// source file under a line <c>===== path (N lines) =====</c>. The line counts make the format exact, so the copy
/// hashes back to <see cref="Sha256"/> and a tampered copy is noticed.
/// </summary>
public sealed partial record ApprovedSources(
    string Id,
    string Version,
    string Sha256,
    string ApprovedBy,
    DateOnly ApprovedAt,
    IReadOnlyDictionary<string, string> Sources)
{
    public const string FolderName = "approved";

    private const string Title = "Kenbaarheid: approved template sources";

    public static string PathFor(string templatesFolder, string id) => Path.Combine(templatesFolder, FolderName, id + ".txt");

    /// <summary>Whether the copy still hashes to the sha256 recorded in it.</summary>
    public bool IsIntact => string.Equals(TemplateSetLoader.HashOf(Sources), Sha256, StringComparison.Ordinal);

    /// <summary>The sources as one text with a header per file: what the review report diffs.</summary>
    public static string Concatenate(IReadOnlyDictionary<string, string> sources)
    {
        var text = new StringBuilder();
        foreach (var (path, source) in sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var (lines, finalNewline) = Lines(source);
            text.Append(CultureInfo.InvariantCulture, $"===== {path} ({lines.Count} {(lines.Count == 1 ? "line" : "lines")}{(finalNewline ? string.Empty : ", no final newline")}) =====\n");
            foreach (var line in lines)
            {
                text.Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    public string Format() =>
        $"{Title}\nid: {Id}\nversion: {Version}\nsha256: {Sha256}\napprovedBy: {ApprovedBy}\napprovedAt: {ApprovedAt:yyyy-MM-dd}\n\n{Concatenate(Sources)}";

    public static ApprovedSources Parse(string text, string origin)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines[0] != Title)
        {
            throw new TemplateException($"{origin}, line 1: expected '{Title}'; this is not a copy of approved sources.");
        }

        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = 1;
        for (; index < lines.Length && lines[index].Length > 0; index++)
        {
            var colon = lines[index].IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw new TemplateException($"{origin}, line {index + 1}: expected 'name: value' in the header.");
            }

            header[lines[index][..colon]] = lines[index][(colon + 1)..].Trim();
        }

        string Field(string name) => header.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new TemplateException($"{origin}: the header has no '{name}'.");

        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        for (index++; index < lines.Length; index++)
        {
            if (lines[index].Length == 0 && index == lines.Length - 1)
            {
                break;
            }

            var match = FileHeader().Match(lines[index]);
            if (!match.Success)
            {
                throw new TemplateException($"{origin}, line {index + 1}: expected a file header '===== path (N lines) ====='.");
            }

            var count = int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture);
            if (index + count >= lines.Length)
            {
                throw new TemplateException($"{origin}, line {index + 1}: '{match.Groups["path"].Value}' announces {count} lines, but the file ends sooner.");
            }

            var body = string.Join('\n', lines.Skip(index + 1).Take(count));
            sources[match.Groups["path"].Value] = match.Groups["open"].Success ? body : body + "\n";
            index += count;
        }

        if (!DateOnly.TryParseExact(Field("approvedAt"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var approvedAt))
        {
            throw new TemplateException($"{origin}: approvedAt '{Field("approvedAt")}' is not a date (yyyy-MM-dd).");
        }

        return new ApprovedSources(Field("id"), Field("version"), Field("sha256"), Field("approvedBy"), approvedAt, sources);
    }

    private static (List<string> Lines, bool FinalNewline) Lines(string source)
    {
        var finalNewline = source.EndsWith('\n');
        var body = finalNewline ? source[..^1] : source;
        return (body.Split('\n').ToList(), finalNewline);
    }

    [GeneratedRegex(@"^===== (?<path>.+) \((?<count>\d+) lines?(?<open>, no final newline)?\) =====$")]
    private static partial Regex FileHeader();
}
