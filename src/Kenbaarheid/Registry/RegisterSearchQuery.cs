using System.Text.Json.Serialization;

namespace Kenbaarheid.Registry;

/// <summary>
/// The body of the register's search, <c>POST /api/algoritme/{lang}</c>, with the register's own field names.
/// <see cref="Organisation"/> filters on the organisation's name as records spell it in <c>organization</c>, not on
/// its org_id. Pages count from 1; the register allows 1 to 100 records per page.
/// </summary>
public sealed record RegisterSearchQuery(
    [property: JsonPropertyName("page")] int Page = 1,
    [property: JsonPropertyName("limit")] int Limit = 100,
    [property: JsonPropertyName("searchtext")] string SearchText = "",
    [property: JsonPropertyName("organisation")] string? Organisation = null,
    [property: JsonPropertyName("publicationcategory")] string? PublicationCategory = null);
