namespace Kenbaarheid.Rendering;

/// <summary>
/// The rules a template's sources must keep for the loader to accept them, as stable names for messages, tests and
/// the README. <c>templates check</c> reports them beside its own rules, and applies the last two to rendered output too.
/// </summary>
internal static class TemplateSourceRules
{
    /// <summary><c>{{{x}}}</c> or <c>{{&amp;x}}</c>: text written without escaping.</summary>
    public const string Unescaped = "UNESCAPED_OUTPUT";

    /// <summary>A script element, an inline event handler or a <c>javascript:</c> link.</summary>
    public const string Script = "SCRIPT";

    /// <summary>Anything a browser would fetch: link, img, iframe, object, embed, src=, url(), @import.</summary>
    public const string ExternalResource = "EXTERNAL_RESOURCE";
}
