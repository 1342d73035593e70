namespace Kenbaarheid.Infra.Tests;

/// <summary>
/// Azure regions located in EU member states. Kept here, independent of main.bicep, so a region
/// added to the template's allowed list is checked against geography and not against itself.
/// Norway, Switzerland and the United Kingdom are deliberately absent: outside the EU.
/// </summary>
public static class EuRegions
{
    /// <summary>Region names as Azure spells them.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "westeurope",
        "northeurope",
        "swedencentral",
        "swedensouth",
        "germanywestcentral",
        "germanynorth",
        "francecentral",
        "francesouth",
        "italynorth",
        "spaincentral",
        "polandcentral",
        "austriaeast",
        "belgiumcentral",
        "denmarkeast",
    };
}
