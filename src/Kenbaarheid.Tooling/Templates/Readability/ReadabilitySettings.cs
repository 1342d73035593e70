using System.Text.Json;
using Kenbaarheid.Rendering;

namespace Kenbaarheid.Tooling.Templates.Readability;

/// <summary><c>templates/readability.json</c>: the readability formula and thresholds per language.</summary>
public sealed record ReadabilitySettings(IReadOnlyDictionary<string, LanguageReadability> Languages)
{
    public const string FileName = "readability.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<ReadabilitySettings> ReadAsync(string templatesFolder, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(templatesFolder, FileName);
        if (!File.Exists(path))
        {
            throw new TemplateException($"The template folder '{templatesFolder}' has no {FileName} with the readability thresholds.");
        }

        await using var stream = File.OpenRead(path);
        try
        {
            var settings = await JsonSerializer.DeserializeAsync<ReadabilitySettings>(stream, Options, cancellationToken).ConfigureAwait(false);
            return settings?.Languages is { Count: > 0 }
                ? settings
                : throw new TemplateException($"{path} names no languages.");
        }
        catch (JsonException exception)
        {
            throw new TemplateException($"{path} cannot be read: {exception.Message}", exception);
        }
    }
}
