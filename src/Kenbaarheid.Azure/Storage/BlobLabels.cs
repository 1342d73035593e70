using System.Text;

namespace Kenbaarheid.Azure.Storage;

/// <summary>
/// Turns the pipeline's index tags into what Blob Storage accepts. Tag keys and values may only hold letters,
/// digits, space and <c>+ - . / : = _</c> (values up to 256, keys up to 128 characters, at most 10 tags); metadata
/// values travel as HTTP headers, so they must be ASCII. Anything else becomes '_' rather than failing the write
/// of a notice over a label.
/// </summary>
internal static class BlobLabels
{
    public const int MaxTags = 10;

    public static Dictionary<string, string> Tags(IReadOnlyDictionary<string, string> tags)
    {
        if (tags.Count > MaxTags)
        {
            throw new InvalidOperationException($"A blob takes at most {MaxTags} index tags; the notice set has {tags.Count}: {string.Join(", ", tags.Keys)}.");
        }

        return tags.ToDictionary(tag => Sanitize(tag.Key, 128, IsTagCharacter), tag => Sanitize(tag.Value, 256, IsTagCharacter), StringComparer.Ordinal);
    }

    /// <summary>Metadata names must be C# identifiers; the pipeline's tag keys are, and anything else is made one.</summary>
    public static string MetadataKey(string key)
    {
        var name = Sanitize(key, 128, static c => char.IsAsciiLetterOrDigit(c) || c == '_');
        return name.Length == 0 || char.IsAsciiDigit(name[0]) ? "_" + name : name;
    }

    public static string MetadataValue(string value) => Sanitize(value, 1024, static c => c is >= ' ' and <= '~');

    public static bool IsTagCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is ' ' or '+' or '-' or '.' or '/' or ':' or '=' or '_';

    private static string Sanitize(string value, int maxLength, Func<char, bool> allowed)
    {
        var text = new StringBuilder(Math.Min(value.Length, maxLength));
        foreach (var c in value.AsSpan(0, Math.Min(value.Length, maxLength)))
        {
            text.Append(allowed(c) ? c : '_');
        }

        return text.ToString();
    }
}
