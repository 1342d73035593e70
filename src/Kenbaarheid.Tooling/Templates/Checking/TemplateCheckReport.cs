using Kenbaarheid.Rendering;
using Kenbaarheid.Tooling.Templates.Readability;

namespace Kenbaarheid.Tooling.Templates.Checking;

/// <summary>Everything <c>templates check</c> found and measured; the review report is built from the same.</summary>
public sealed record TemplateCheckReport(
    IReadOnlyList<NoticeTemplate> Templates,
    IReadOnlyList<NoticeFixture> Fixtures,
    IReadOnlyList<TemplateFinding> Findings,
    IReadOnlyList<ReadabilityMeasurement> Measurements,
    IReadOnlyList<RenderedFixture> Renders,
    ReadabilitySettings Settings)
{
    /// <summary>The name measurements summed over every fixture carry.</summary>
    public const string AllFixtures = "(all fixtures)";

    public bool Passed => Findings.Count == 0;
}
