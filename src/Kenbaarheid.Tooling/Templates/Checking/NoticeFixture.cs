using Kenbaarheid.Explanation;

namespace Kenbaarheid.Tooling.Templates.Checking;

/// <summary>A fixture event, explained as the pipeline would explain it, under the name of its file.</summary>
public sealed record NoticeFixture(string Name, NoticeExplanation Explanation);
