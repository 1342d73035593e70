namespace Kenbaarheid.Tooling.Templates.Review;

/// <summary>What happened to a line between two versions.</summary>
public enum DiffLineKind
{
    Kept,
    Removed,
    Added,
}
