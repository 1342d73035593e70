using AngleSharp.Dom;
using Kenbaarheid.Events;
using Kenbaarheid.Explanation;
using Kenbaarheid.Rendering;

namespace Kenbaarheid.Tooling.Templates.Checking;

/// <summary>
/// Checks a rendered HTML notice against OUTPUT.md (v1.1): each checklist section marked once, in checklist order,
/// never inside another; the optional ones exactly when the explanation calls for them (parameters, operations, risk
/// iff an algorithm sorted or selected the person, ai-label iff text was generated); one <c>data-algorithm</c> per
/// algorithm, in order, inside the algorithms section; one <c>data-right</c> per route offered, inside the rights
/// section, exactly the routes this decision has; and nothing that runs or loads.
/// </summary>
public static class RenderedNoticeInspector
{
    /// <summary>
    /// The checklist sections in the order a notice shows them: a person learns first that an algorithm sorted them
    /// or wrote text (OUTPUT.md v1.1).
    /// </summary>
    public static readonly IReadOnlyList<string> SectionOrder =
        ["mention", "risk", "ai-label", "decision", "algorithms", "contribution", "data", "parameters", "operations", "human", "rights", "contact", "about"];

    /// <summary>The routes of the rights section (OUTPUT.md v1.1, <c>data-right</c>).</summary>
    public static readonly IReadOnlyList<string> Rights =
        ["explanation", "objection", "appeal", "human-intervention", "correction", "complaint", "help"];

    public static readonly IReadOnlySet<string> AlwaysPresent =
        new HashSet<string>(["mention", "decision", "algorithms", "contribution", "data", "human", "rights", "contact", "about"]);

    /// <summary>Whether the explanation calls for a section.</summary>
    public static bool Expected(string section, NoticeExplanation explanation) => section switch
    {
        "parameters" => explanation.HasParameters,
        "operations" => explanation.HasOperations,
        "risk" => explanation.Risk is not null,
        "ai-label" => explanation.GeneratedText,
        _ => AlwaysPresent.Contains(section),
    };

    /// <summary>Whether the notice offers a route: objection or appeal as the remedy says, a person's intervention for an automated decision.</summary>
    public static bool Offered(string right, NoticeExplanation explanation) => right switch
    {
        "objection" => explanation.Rights.Remedy.Kind == RemedyKind.Objection,
        "appeal" => explanation.Rights.Remedy.Kind == RemedyKind.Appeal,
        "human-intervention" => explanation.Human.HumanIntervention,
        _ => Rights.Contains(right),
    };

    public static IReadOnlyList<TemplateFinding> Inspect(IDocument document, NoticeExplanation explanation, NoticeTemplate template, string fixture)
    {
        var findings = new List<TemplateFinding>();
        void Add(string rule, string message, string? sourceNeedle = null)
        {
            var (file, line) = sourceNeedle is null ? (null, null) : SourceLocator.Find(template, sourceNeedle);
            findings.Add(new TemplateFinding(rule, template.Id, file, line, fixture, message));
        }

        var marked = document.QuerySelectorAll("[data-section]").ToList();
        var names = marked.Select(e => e.GetAttribute("data-section")!).ToList();
        foreach (var section in SectionOrder)
        {
            var count = names.Count(n => n == section);
            var expected = Expected(section, explanation);
            if (expected && count == 0)
            {
                Add(TemplateFindingRules.SectionMarker, $"Section '{section}' is missing: {Why(section, explanation, present: true)}.");
            }
            else if (!expected && count > 0)
            {
                Add(TemplateFindingRules.SectionMarker, $"Section '{section}' is shown, but {Why(section, explanation, present: false)}.", $"data-section=\"{section}\"");
            }
            else if (count > 1)
            {
                Add(TemplateFindingRules.SectionMarker, $"Section '{section}' is marked {count} times; OUTPUT.md allows one.", $"data-section=\"{section}\"");
            }
        }

        foreach (var unknown in names.Where(n => !SectionOrder.Contains(n)).Distinct())
        {
            Add(TemplateFindingRules.SectionMarker, $"'{unknown}' is not a section of OUTPUT.md ({string.Join(", ", SectionOrder)}).", $"data-section=\"{unknown}\"");
        }

        var known = names.Where(SectionOrder.Contains).ToList();
        for (var i = 1; i < known.Count; i++)
        {
            if (IndexOf(known[i]) < IndexOf(known[i - 1]))
            {
                Add(TemplateFindingRules.SectionMarker, $"Section '{known[i]}' comes after '{known[i - 1]}'; the checklist order is {string.Join(", ", SectionOrder)}.", $"data-section=\"{known[i]}\"");
            }
        }

        foreach (var nested in marked.Where(e => e.ParentElement?.Closest("[data-section]") is not null))
        {
            Add(TemplateFindingRules.SectionMarker, $"Section '{nested.GetAttribute("data-section")}' sits inside section '{nested.ParentElement!.Closest("[data-section]")!.GetAttribute("data-section")}'.", $"data-section=\"{nested.GetAttribute("data-section")}\"");
        }

        var algorithmMarkers = document.QuerySelectorAll("[data-algorithm]").ToList();
        foreach (var stray in algorithmMarkers.Where(e => e.Closest("[data-section]")?.GetAttribute("data-section") != "algorithms"))
        {
            Add(TemplateFindingRules.SectionMarker, $"data-algorithm=\"{stray.GetAttribute("data-algorithm")}\" is outside the algorithms section.", "data-algorithm=");
        }

        var inSection = algorithmMarkers.Where(e => e.Closest("[data-section]")?.GetAttribute("data-section") == "algorithms").Select(e => e.GetAttribute("data-algorithm")).ToList();
        var lars = explanation.Algorithms.Select(a => (string?)a.Lars).ToList();
        if (!inSection.SequenceEqual(lars))
        {
            Add(TemplateFindingRules.SectionMarker, $"The algorithms section marks [{string.Join(", ", inSection)}]; expected one data-algorithm per algorithm, in order: [{string.Join(", ", lars)}].", "data-algorithm=");
        }

        InspectRights(document, explanation, Add);
        InspectResources(document, Add);
        return findings;
    }

    private static void InspectRights(IDocument document, NoticeExplanation explanation, Action<string, string, string?> add)
    {
        var markers = document.QuerySelectorAll("[data-right]").ToList();
        foreach (var stray in markers.Where(e => e.Closest("[data-section]")?.GetAttribute("data-section") != "rights"))
        {
            add(TemplateFindingRules.SectionMarker, $"data-right=\"{stray.GetAttribute("data-right")}\" is outside the rights section.", "data-right=");
        }

        var names = markers.Select(e => e.GetAttribute("data-right")!).ToList();
        foreach (var unknown in names.Where(n => !Rights.Contains(n)).Distinct())
        {
            add(TemplateFindingRules.SectionMarker, $"data-right=\"{unknown}\" is not a route of OUTPUT.md ({string.Join(", ", Rights)}).", $"data-right=\"{unknown}\"");
        }

        foreach (var right in Rights)
        {
            var count = names.Count(n => n == right);
            var offered = Offered(right, explanation);
            if (offered && count != 1)
            {
                add(TemplateFindingRules.SectionMarker, $"The rights section marks data-right=\"{right}\" {count} times; this decision offers that route, so exactly once.", count == 0 ? null : $"data-right=\"{right}\"");
            }
            else if (!offered && count > 0)
            {
                add(TemplateFindingRules.SectionMarker, $"The rights section offers data-right=\"{right}\", but this decision has no such route ({WhyNot(right, explanation)}).", $"data-right=\"{right}\"");
            }
        }
    }

    private static string WhyNot(string right, NoticeExplanation explanation) => right switch
    {
        "human-intervention" => "a person decided it",
        _ => $"its remedy is {EnumWireNames.NameOf(explanation.Rights.Remedy.Kind)}",
    };

    private static void InspectResources(IDocument document, Action<string, string, string?> add)
    {
        foreach (var element in document.QuerySelectorAll("script"))
        {
            add(TemplateSourceRules.Script, "The notice contains a <script> element.", "<script");
        }

        foreach (var element in document.QuerySelectorAll("link, img, iframe, frame, object, embed, base, audio, video, source, picture, svg"))
        {
            add(TemplateSourceRules.ExternalResource, $"The notice contains <{element.LocalName}>, which loads or embeds something.", "<" + element.LocalName);
        }

        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    add(TemplateSourceRules.Script, $"<{element.LocalName} {attribute.Name}=…>: an inline event handler.", attribute.Name + "=");
                }
                else if (attribute.Name is "src" or "srcset" or "poster")
                {
                    add(TemplateSourceRules.ExternalResource, $"<{element.LocalName} {attribute.Name}=…> loads something.", attribute.Name + "=");
                }
                else if (attribute.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    add(TemplateSourceRules.Script, $"<{element.LocalName} {attribute.Name}=\"javascript:…\">.", "javascript:");
                }
                else if (attribute.Name == "style" && attribute.Value.Contains("url(", StringComparison.OrdinalIgnoreCase))
                {
                    add(TemplateSourceRules.ExternalResource, $"<{element.LocalName} style=…> uses url(), which loads something.", "url(");
                }
            }
        }

        foreach (var style in document.QuerySelectorAll("style"))
        {
            if (style.TextContent.Contains("url(", StringComparison.OrdinalIgnoreCase) || style.TextContent.Contains("@import", StringComparison.OrdinalIgnoreCase))
            {
                add(TemplateSourceRules.ExternalResource, "The stylesheet uses url() or @import, which loads something.", "url(");
            }
        }
    }

    private static int IndexOf(string section) => SectionOrder.ToList().IndexOf(section);

    private static string Why(string section, NoticeExplanation explanation, bool present) => (section, present) switch
    {
        ("risk", true) => "an algorithm sorted or selected the person, so the notice must say so first",
        ("risk", false) => "no algorithm sorted or selected the person (no applied riskClassification, and no classifying role without one)",
        ("parameters", true) => "the event gives parameters",
        ("parameters", false) => "the event gives no parameters",
        ("operations", true) => "the event gives operations",
        ("operations", false) => "the event gives no operations",
        ("ai-label", true) => "text was generated by AI, so the AI label is required",
        ("ai-label", false) => "no text was generated by AI",
        (_, true) => "OUTPUT.md requires it in every notice",
        _ => $"it does not belong in this notice ({explanation.NoticeId})",
    };
}
