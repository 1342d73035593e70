using System.Text.Json.Nodes;
using Kenbaarheid.Infra.Tests.Bicep;
using Kenbaarheid.Infra.Tests.Repository;

namespace Kenbaarheid.Infra.Tests;

[Collection(MainTemplateGroup.Name)]
public sealed class BicepCompilationTests(MainTemplateFixture main)
{
    public static TheoryData<string> BicepFiles =>
        [.. RepositoryLayout.Modules.Prepend(RepositoryLayout.MainTemplate).Select(RelativeToRoot)];

    public static TheoryData<string> ParameterFiles => [.. RepositoryLayout.ParameterFiles.Select(RelativeToRoot)];

    [Fact]
    public void Build_ProducesNoDiagnostics()
    {
        Assert.True(main.Build.IsClean, main.Build.Describe());
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Lint_ReportsNothing(string bicepFile)
    {
        var lint = await BicepCli.LintAsync(Path.Combine(RepositoryLayout.Root, bicepFile), CancellationToken.None);

        Assert.True(lint.IsClean, lint.Describe());
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public async Task BuildParams_ProducesNoDiagnostics(string parameterFile)
    {
        var build = await BicepCli.BuildParamsAsync(Path.Combine(RepositoryLayout.Root, parameterFile), DeployerEnvironment.Complete, CancellationToken.None);

        Assert.True(build.IsClean, build.Describe());
    }

    [Fact]
    public void ParameterFiles_ExistForTestAndProduction()
    {
        var names = RepositoryLayout.ParameterFiles.Select(Path.GetFileNameWithoutExtension);

        Assert.Equal(["production", "test"], names);
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public async Task ParameterFile_DeploysToAnEuRegion(string parameterFile)
    {
        var build = await BicepCli.BuildParamsAsync(Path.Combine(RepositoryLayout.Root, parameterFile), DeployerEnvironment.Complete, CancellationToken.None);
        Assert.True(build.ExitCode == 0, build.Describe());

        // build-params wraps both documents as strings: {"parametersJson": "...", "templateJson": "..."}.
        var output = JsonNode.Parse(build.StandardOutput)!;
        var parameters = JsonNode.Parse(output["parametersJson"]!.GetValue<string>())!;
        var template = JsonNode.Parse(output["templateJson"]!.GetValue<string>())!;
        var location = parameters["parameters"]?["location"]?["value"]?.GetValue<string>()
            ?? template["parameters"]!["location"]!["defaultValue"]!.GetValue<string>();

        Assert.Contains(location, EuRegions.All);
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public async Task ParameterFile_WithoutTheApiClientId_IsRefusedBeforeAnythingIsDeployed(string parameterFile)
    {
        var build = await BicepCli.BuildParamsAsync(
            Path.Combine(RepositoryLayout.Root, parameterFile), DeployerEnvironment.Without(DeployerEnvironment.ApiClientId), CancellationToken.None);

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(DeployerEnvironment.ApiClientId, build.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public async Task ParameterFile_WithoutAnActionGroup_StillBuilds(string parameterFile)
    {
        var build = await BicepCli.BuildParamsAsync(
            Path.Combine(RepositoryLayout.Root, parameterFile), DeployerEnvironment.Without(DeployerEnvironment.ActionGroupId), CancellationToken.None);

        Assert.True(build.IsClean, build.Describe());
    }

    private static string RelativeToRoot(string path) =>
        Path.GetRelativePath(RepositoryLayout.Root, path).Replace('\\', '/');
}
