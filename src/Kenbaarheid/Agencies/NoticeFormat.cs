using System.Text.Json.Serialization;

namespace Kenbaarheid.Agencies;

/// <summary>The documents an agency gets for each language of a notice. HTML and text are always made (contract v1).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NoticeFormat>))]
public enum NoticeFormat
{
    [JsonStringEnumMemberName("html")] Html,
    [JsonStringEnumMemberName("txt")] Txt,
    [JsonStringEnumMemberName("pdf")] Pdf,
}
