namespace Kenbaarheid.Browser.Tests;

/// <summary>
/// What <c>tests/browser/check-pages.mjs</c> reports for one page: its axe violations, its marked sections as
/// Chromium laid them out, and its screenshot.
/// </summary>
internal sealed record PageCheck(string File, IReadOnlyList<AxeViolation> Violations, IReadOnlyList<LaidOutSection> Sections, string? Screenshot);
