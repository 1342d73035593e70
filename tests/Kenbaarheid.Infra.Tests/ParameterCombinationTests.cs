using System.Text.Json.Nodes;
using Kenbaarheid.Infra.Tests.Bicep;
using Kenbaarheid.Infra.Tests.Repository;

namespace Kenbaarheid.Infra.Tests;

/// <summary>
/// Every combination of the switches a deployer may set (private or public network, retention policy locked or
/// not, alerts with or without an action group), as a parameter file over main.bicep, compiles with no diagnostic.
/// </summary>
public sealed class ParameterCombinationTests
{
    private static readonly string ApiClientId = DeployerEnvironment.Complete[DeployerEnvironment.ApiClientId]!;

    public static TheoryData<string, bool, bool> Combinations
    {
        get
        {
            var data = new TheoryData<string, bool, bool>();
            foreach (var network in new[] { "public", "private" })
            {
                foreach (var locked in new[] { false, true })
                {
                    data.Add(network, locked, false);
                    data.Add(network, locked, true);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public async Task Combination_BuildsClean(string network, bool retentionLocked, bool withActionGroup)
    {
        var actionGroup = withActionGroup ? DeployerEnvironment.Complete[DeployerEnvironment.ActionGroupId] : string.Empty;

        var build = await BuildAsync($"""
            param environmentName = 'production'
            param noticeRetentionDays = 2557
            param apiClientId = '{ApiClientId}'
            param network = '{network}'
            param noticeRetentionLocked = {(retentionLocked ? "true" : "false")}
            param actionGroupId = '{actionGroup}'
            """);

        Assert.True(build.IsClean, build.Describe());
        var parameters = JsonNode.Parse(JsonNode.Parse(build.StandardOutput)!["parametersJson"]!.GetValue<string>())!["parameters"]!;
        Assert.Equal(network, parameters["network"]?["value"]?.GetValue<string>());
        Assert.Equal(retentionLocked, parameters["noticeRetentionLocked"]?["value"]?.GetValue<bool>());
        Assert.Equal(actionGroup, parameters["actionGroupId"]?["value"]?.GetValue<string>());
    }

    [Fact]
    public async Task Combination_WithAnUnknownNetwork_IsRefused()
    {
        var build = await BuildAsync($"""
            param environmentName = 'test'
            param noticeRetentionDays = 1
            param apiClientId = '{ApiClientId}'
            param network = 'hybrid'
            """);

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("'private' | 'public'", build.StandardError, StringComparison.Ordinal);
    }

    /// <summary>Builds a parameter file over infra/main.bicep with these parameters, in a folder of its own.</summary>
    private static async Task<BicepResult> BuildAsync(string parameters)
    {
        var folder = Directory.CreateTempSubdirectory("kenbaarheid-params-");
        try
        {
            var file = Path.Combine(folder.FullName, "combination.bicepparam");
            var main = Path.GetRelativePath(folder.FullName, RepositoryLayout.MainTemplate).Replace('\\', '/');
            await File.WriteAllTextAsync(file, $"using '{main}'\n\n{parameters}\n");
            return await BicepCli.BuildParamsAsync(file, DeployerEnvironment.Complete, CancellationToken.None);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
