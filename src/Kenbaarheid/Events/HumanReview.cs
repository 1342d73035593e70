namespace Kenbaarheid.Events;

/// <summary>The person who decided or reviewed, by role (never by name).</summary>
public sealed record HumanReview(bool Performed, string Role, bool CanDeviate);
