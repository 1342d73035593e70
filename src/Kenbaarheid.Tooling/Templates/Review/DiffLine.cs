namespace Kenbaarheid.Tooling.Templates.Review;

/// <summary>One line of a line diff: kept, removed (only in the old text) or added (only in the new one), with its line numbers.</summary>
public sealed record DiffLine(DiffLineKind Kind, int? OldNumber, int? NewNumber, string Text);
