namespace Kenbaarheid.Registry;

/// <summary>The register's publication categories, spelled as the register spells them.</summary>
public static class PublicationCategory
{
    public const string HighRiskAi = "Hoog-risico AI-systeem";
    public const string Impactful = "Impactvolle algoritmes";
    public const string Other = "Overige algoritmes";
}
