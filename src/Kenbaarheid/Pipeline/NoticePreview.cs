using Kenbaarheid.Events;
using Kenbaarheid.Rendering;

namespace Kenbaarheid.Pipeline;

/// <summary>
/// What an event would become, without storing anything: the rendered notice, or every problem that would reject it;
/// and who sent it, read as for a rejection record, so a caller can be authorised for the event's agency.
/// </summary>
public sealed record NoticePreview(RenderedNotice? Notice, IReadOnlyList<Problem> Problems, EventIdentity Identity);
