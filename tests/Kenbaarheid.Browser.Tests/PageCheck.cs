namespace Kenbaarheid.Browser.Tests;

/// <summary>What <c>tests/browser/check-pages.mjs</c> reports for one page: its axe violations and its screenshot.</summary>
internal sealed record PageCheck(string File, IReadOnlyList<AxeViolation> Violations, string? Screenshot);
