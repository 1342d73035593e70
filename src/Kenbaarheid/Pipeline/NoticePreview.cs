using Kenbaarheid.Rendering;

namespace Kenbaarheid.Pipeline;

/// <summary>
/// What an event would become, without storing anything: the rendered notice, or every problem that would reject it.
/// </summary>
public sealed record NoticePreview(RenderedNotice? Notice, IReadOnlyList<Problem> Problems);
