namespace Kenbaarheid.Explanation;

/// <summary>
/// Words in a data category that point to data which can stand in for origin or ethnicity (postcode,
/// nationality, country of birth). Matching is on words, case-insensitive, in Dutch and English.
/// </summary>
internal static class ProxyDataTerms
{
    private static readonly string[] Terms =
    [
        "postcode", "postal code", "zip code", "nationaliteit", "nationality", "geboorteland", "country of birth",
        "land van herkomst", "country of origin", "herkomst", "etniciteit", "ethnicity", "afkomst",
    ];

    public static bool Matches(string category) =>
        Terms.Any(term => category.Contains(term, StringComparison.OrdinalIgnoreCase));
}
