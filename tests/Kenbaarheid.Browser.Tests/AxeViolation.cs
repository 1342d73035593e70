namespace Kenbaarheid.Browser.Tests;

/// <summary>One axe-core rule a page breaks, with the elements (and the frame, for embedded notices) where it does.</summary>
internal sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<string> Targets, string? Frame)
{
    public override string ToString() => $"{Id} ({Impact}){(Frame is null ? string.Empty : $" in {Frame}")}: {Help} — {string.Join(", ", Targets)}";
}
