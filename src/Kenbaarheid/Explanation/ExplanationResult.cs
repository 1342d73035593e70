using Kenbaarheid.Events;

namespace Kenbaarheid.Explanation;

/// <summary>A complete explanation, or the blocking problems that stop the notice from going out.</summary>
public sealed record ExplanationResult(NoticeExplanation? Explanation, IReadOnlyList<Problem> Problems);
