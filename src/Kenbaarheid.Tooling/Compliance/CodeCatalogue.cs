using System.Collections.Frozen;
using System.Text.Json;

namespace Kenbaarheid.Tooling.Compliance;

/// <summary>
/// The name and what-to-do of every flag and rejection code in one report language, read from the embedded
/// <c>Codes-nl.json</c> or <c>Codes-en.json</c>. The code itself never changes; this is what people read beside it.
/// A test holds every code the catalogues define (<c>FlagCodes</c>, <c>EventErrorCodes</c>, <c>PipelineErrorCodes</c>)
/// to an entry in both files, so a new code cannot ship without its explanation.
/// </summary>
public sealed class CodeCatalogue
{
    // Declared first: the catalogues below are read with it while the type initialises.
    private static readonly JsonSerializerOptions FileOptions = new(JsonSerializerDefaults.Web);
    private static readonly CodeCatalogue DutchCatalogue = Load("nl");
    private static readonly CodeCatalogue EnglishCatalogue = Load("en");

    private CodeCatalogue(FrozenDictionary<string, CodeExplanation> codes) => Codes = codes;

    /// <summary>Every code with its explanation, by code.</summary>
    public IReadOnlyDictionary<string, CodeExplanation> Codes { get; }

    public static CodeCatalogue For(ReportLanguage language) => language == ReportLanguage.English ? EnglishCatalogue : DutchCatalogue;

    /// <summary>The explanation of a code, or null for a code this version does not know (a store may hold older codes).</summary>
    public CodeExplanation? Explain(string code) => Codes.GetValueOrDefault(code);

    private static CodeCatalogue Load(string language)
    {
        var name = $"Kenbaarheid.Tooling.Compliance.Codes-{language}.json";
        using var stream = typeof(CodeCatalogue).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The code catalogue '{name}' is not embedded in the assembly.");
        var file = JsonSerializer.Deserialize<CatalogueFile>(stream, FileOptions)
            ?? throw new InvalidDataException($"The code catalogue '{name}' is empty.");
        if (file.Language != language)
        {
            throw new InvalidDataException($"The code catalogue '{name}' says it is in '{file.Language}', not '{language}'.");
        }

        return new CodeCatalogue(file.Codes.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private sealed record CatalogueFile(string Language, Dictionary<string, CodeExplanation> Codes);
}
