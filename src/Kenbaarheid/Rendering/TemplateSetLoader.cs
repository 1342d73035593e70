using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Kenbaarheid.Rendering;

/// <summary>
/// Reads the template folder: <c>{lang}/{channel}/notice.hbs</c> with the partials beside it,
/// <c>shared/{channel}/*.hbs</c> partials for every language, <c>manifest.json</c> with each template's approval,
/// and <c>approved/{id}.txt</c>, the copy of the sources last approved. Only folders named like a language code
/// (<c>nl</c>, <c>en</c>, <c>fry</c>) hold templates, so <c>shared/</c>, <c>approved/</c> and <c>fixtures/</c> sit
/// beside them. Refuses unescaped output, scripts and external resources: text from events must stay text, and
/// a notice loads nothing.
/// </summary>
public static partial class TemplateSetLoader
{
    public const string ManifestFileName = TemplateManifest.FileName;
    private const string MainFileName = "notice.hbs";
    private const string SharedFolder = "shared";

    public static async Task<TemplateSet> LoadAsync(string folder, CancellationToken cancellationToken = default)
    {
        var (set, findings) = await ReadAsync(folder, cancellationToken).ConfigureAwait(false);
        if (findings.Count > 0)
        {
            throw new TemplateException(string.Join(Environment.NewLine, findings.Select(f => $"{f.File}, line {f.Line}: {f.Message}")));
        }

        return set;
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

    /// <summary>Reads every template, and reports what the source rules find instead of refusing: for <c>templates check</c>.</summary>
    internal static async Task<(TemplateSet Set, IReadOnlyList<TemplateFinding> Findings)> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The template folder '{folder}' does not exist.");
        }

        var manifest = await TemplateManifest.ReadAsync(folder, cancellationToken).ConfigureAwait(false);
        var templates = new List<NoticeTemplate>();
        var findings = new List<TemplateFinding>();
        foreach (var languageFolder in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var language = Path.GetFileName(languageFolder);
            if (!LanguageCode().IsMatch(language))
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
                    findings.AddRange(TemplateSourceInspector.Inspect(id, file.Relative, text));
                    sources[file.Relative] = text;
                }

                var main = $"{language}/{channelName}/{MainFileName}";
                var partials = sources
                    .Where(source => source.Key != main)
                    .ToDictionary(source => Path.GetFileNameWithoutExtension(source.Key), source => source.Value, StringComparer.Ordinal);
                var lastApproved = await ReadApprovedCopyAsync(folder, id, cancellationToken).ConfigureAwait(false);
                templates.Add(new NoticeTemplate(id, language, channel, HashOf(sources), sources[main], partials, sources, manifest.Find(id), lastApproved));
            }
        }

        if (templates.Count == 0)
        {
            throw new TemplateException($"The template folder '{folder}' holds no templates.");
        }

        return (new TemplateSet(templates), findings);
    }

    private static async Task<ApprovedSources?> ReadApprovedCopyAsync(string folder, string id, CancellationToken cancellationToken)
    {
        var path = ApprovedSources.PathFor(folder, id);
        return File.Exists(path)
            ? ApprovedSources.Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), path)
            : null;
    }

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageCode();
}
