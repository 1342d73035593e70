using Kenbaarheid.Rendering;

namespace Kenbaarheid.Tooling.Templates.Checking;

/// <summary>
/// The rules <c>templates check</c> reports on beyond the source rules the loader keeps (<see cref="TemplateSourceRules"/>),
/// as stable names for messages, tests and the README.
/// </summary>
public static class TemplateFindingRules
{
    /// <summary>The template does not compile.</summary>
    public const string Compile = "COMPILE_ERROR";

    /// <summary>A binding names a field the explanation does not have.</summary>
    public const string UnresolvedBinding = "UNRESOLVED_BINDING";

    /// <summary>A section marker that OUTPUT.md requires is missing, doubled, out of order or where it does not belong.</summary>
    public const string SectionMarker = "SECTION_MARKER";

    /// <summary>A draft render without its draft banner.</summary>
    public const string DraftBanner = "DRAFT_BANNER";

    /// <summary>The fixtures leave an enum value or an optional section untested.</summary>
    public const string Coverage = "FIXTURE_COVERAGE";

    /// <summary>A fixture event that the validator or explainer rejects.</summary>
    public const string Fixture = "FIXTURE_INVALID";

    /// <summary>A readability figure beyond its threshold in <c>readability.json</c>.</summary>
    public const string Readability = "READABILITY";
}
