namespace Kenbaarheid.Tooling.Templates.Readability;

/// <summary>One measurement: a fixture's notice in one language, one section (or <see cref="WholeNotice"/>), one scope.</summary>
public sealed record ReadabilityMeasurement(string Language, string Fixture, string Section, ReadabilityScope Scope, ReadabilityFigures Figures)
{
    public const string WholeNotice = "(whole notice)";
}
