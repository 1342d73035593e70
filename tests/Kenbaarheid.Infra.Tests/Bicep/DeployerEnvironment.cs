namespace Kenbaarheid.Infra.Tests.Bicep;

/// <summary>
/// The environment variables the parameter files read with <c>readEnvironmentVariable()</c>, as the deploy workflow
/// sets them from a GitHub environment: ids of one tenant that stay out of git.
/// </summary>
public static class DeployerEnvironment
{
    public const string ApiClientId = "KENBAARHEID_API_CLIENT_ID";
    public const string ActionGroupId = "KENBAARHEID_ACTION_GROUP_ID";

    /// <summary>An app registration's client id and an action group, in the shapes Azure gives them.</summary>
    public static IReadOnlyDictionary<string, string?> Complete { get; } = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        [ApiClientId] = "3f2b8c1e-7d4a-4e59-9b0c-2a6d8e1f5c37",
        [ActionGroupId] = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ops/providers/Microsoft.Insights/actionGroups/ag-kenbaarheid",
    };

    /// <summary>The same without one variable, as a deployer who forgot it would run.</summary>
    public static IReadOnlyDictionary<string, string?> Without(string name) =>
        Complete.ToDictionary(pair => pair.Key, pair => pair.Key == name ? null : pair.Value, StringComparer.Ordinal);
}
