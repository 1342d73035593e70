namespace Kenbaarheid.Rendering.Pdf;

/// <summary>A face of Noto Sans at a type size in points: what a fragment of text is set in.</summary>
internal readonly record struct NoticeFont(NoticeFontFace Face, double Size, bool Bold);
