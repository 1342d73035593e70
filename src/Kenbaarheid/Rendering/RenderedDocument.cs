namespace Kenbaarheid.Rendering;

/// <summary>
/// One document of a notice, ready to store: its language and format (the file extension, <c>html</c>, <c>txt</c>,
/// <c>pdf</c>). The renderer decides which formats exist; the store's layout names the file
/// (<see cref="Storage.StoreLayout.NoticeDocumentName"/>).
/// </summary>
public sealed record RenderedDocument(string Language, string Extension, string ContentType, ReadOnlyMemory<byte> Content);
