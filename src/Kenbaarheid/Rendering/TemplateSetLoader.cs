using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Kenbaarheid.Rendering;

/// <summary>
/// Reads the template folder: <c>{lang}/{channel}/notice.hbs</c> with the partials beside it,
/// <c>shared/{channel}/*.hbs</c> partials for every language, and <c>manifest.json</c> with each template's
/// version. Refuses triple-stash and raw blocks: text from events must always be escaped.
/// </summary>
public static class TemplateSetLoader
{
    public const string ManifestFileName = "manifest.json";
    private const string MainFileName = "notice.hbs";
    private const string SharedFolder = "shared";

    public static async Task<TemplateSet> LoadAsync(string folder, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The template folder '{folder}' does not exist.");
        }

        var versions = await ReadVersionsAsync(folder, cancellationToken).ConfigureAwait(false);
        var templates = new List<NoticeTemplate>();
        foreach (var languageFolder in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var language = Path.GetFileName(languageFolder);
            if (language == SharedFolder)
            {
                continue;
            }

            foreach (var channel in Enum.GetValues<TemplateChannel>())
            {
                var channelName = channel.ToString().ToLowerInvariant();
                var channelFolder = Path.Combine(languageFolder, channelName);
                if (!File.Exists(Path.Combine(channelFolder, MainFileName)))
                {
                    throw new TemplateException($"Language '{language}' has no {channelName} template: '{Path.Combine(channelFolder, MainFileName)}' is missing.");
                }

                var id = $"notice.{language}.{channelName}";
                if (!versions.TryGetValue(id, out var version))
                {
                    throw new TemplateException($"Template '{id}' has no entry in {ManifestFileName}.");
                }

                var files = Directory.EnumerateFiles(channelFolder, "*.hbs")
                    .Concat(Directory.Exists(Path.Combine(folder, SharedFolder, channelName))
                        ? Directory.EnumerateFiles(Path.Combine(folder, SharedFolder, channelName), "*.hbs")
                        : [])
                    .Select(path => (Relative: Path.GetRelativePath(folder, path).Replace('\\', '/'), Path: path))
                    .OrderBy(file => file.Relative, StringComparer.Ordinal)
                    .ToList();

                var sources = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    var text = (await File.ReadAllTextAsync(file.Path, cancellationToken).ConfigureAwait(false)).ReplaceLineEndings("\n");
                    RefuseUnescapedOutput(file.Relative, text);
                    sources[file.Relative] = text;
                }

                var main = $"{language}/{channelName}/{MainFileName}";
                var partials = sources
                    .Where(source => source.Key != main)
                    .ToDictionary(source => Path.GetFileNameWithoutExtension(source.Key), source => source.Value, StringComparer.Ordinal);
                templates.Add(new NoticeTemplate(id, language, channel, version, HashOf(sources), sources[main], partials));
            }
        }

        if (templates.Count == 0)
        {
            throw new TemplateException($"The template folder '{folder}' holds no templates.");
        }

        return new TemplateSet(templates);
    }

    /// <summary>The hash of a template's sources: each file's path and text, in path order.</summary>
    public static string HashOf(IReadOnlyDictionary<string, string> sources)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, text) in sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{path}\0{text}\0"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static async Task<Dictionary<string, string>> ReadVersionsAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, ManifestFileName);
        if (!File.Exists(path))
        {
            throw new TemplateException($"The template folder '{folder}' has no {ManifestFileName}.");
        }

        await using var stream = File.OpenRead(path);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.GetProperty("templates").EnumerateArray())
        {
            versions[entry.GetProperty("id").GetString()!] = entry.GetProperty("version").GetString()!;
        }

        return versions;
    }

    private static void RefuseUnescapedOutput(string file, string text)
    {
        string[] forbidden = ["{{{", "{{&", "{{~{", "{{~&"];
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var token in forbidden)
            {
                if (lines[i].Contains(token, StringComparison.Ordinal))
                {
                    throw new TemplateException($"{file}, line {i + 1}: '{token}' writes text without escaping it. Use '{{{{…}}}}' so text from events stays text.");
                }
            }
        }
    }
}
