using System.Text.Json.Serialization;

namespace Kenbaarheid.Rendering;

/// <summary>
/// Whether legal has approved a template's exact sources. A template is only <see cref="Approved"/> while its
/// sources still hash to the approved sha256; one changed word makes it a <see cref="Draft"/> again.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TemplateStatus>))]
public enum TemplateStatus
{
    [JsonStringEnumMemberName("draft")] Draft,
    [JsonStringEnumMemberName("approved")] Approved,
}
