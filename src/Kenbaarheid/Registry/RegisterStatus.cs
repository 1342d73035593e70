namespace Kenbaarheid.Registry;

/// <summary>The register's status values, spelled as the register spells them.</summary>
public static class RegisterStatus
{
    public const string InDevelopment = "In ontwikkeling";
    public const string InUse = "In gebruik";
    public const string OutOfUse = "Buiten gebruik";
}
