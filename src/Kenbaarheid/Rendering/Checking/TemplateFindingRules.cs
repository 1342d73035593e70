namespace Kenbaarheid.Rendering.Checking;

/// <summary>The rules <c>templates check</c> reports on, as stable names for messages, tests and the README.</summary>
public static class TemplateFindingRules
{
    /// <summary><c>{{{x}}}</c> or <c>{{&amp;x}}</c>: text written without escaping.</summary>
    public const string Unescaped = "UNESCAPED_OUTPUT";

    /// <summary>A script element, an inline event handler or a <c>javascript:</c> link.</summary>
    public const string Script = "SCRIPT";

    /// <summary>Anything a browser would fetch: link, img, iframe, object, embed, src=, url(), @import.</summary>
    public const string ExternalResource = "EXTERNAL_RESOURCE";

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
