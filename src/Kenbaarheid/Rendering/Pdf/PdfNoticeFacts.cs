using Kenbaarheid.Agencies;

namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// What a PDF notice takes besides its HTML: the notice's id (its document id and subset font names derive from it),
/// the event's time (its dates), the agency's envelope window, and the approved page line (page x of y and the decision).
/// </summary>
internal sealed record PdfNoticeFacts(string NoticeId, string Language, DateTimeOffset GeneratedAt, AddressWindow AddressWindow, Func<int, int, string> PageLine);
