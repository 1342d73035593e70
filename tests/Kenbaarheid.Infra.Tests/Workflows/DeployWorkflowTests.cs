using Kenbaarheid.Infra.Tests.Repository;

namespace Kenbaarheid.Infra.Tests.Workflows;

public sealed class DeployWorkflowTests
{
    private static string WorkflowsFolder => Path.Combine(RepositoryLayout.Root, ".github", "workflows");

    private static string Deploy => File.ReadAllText(Path.Combine(WorkflowsFolder, "deploy.yml"));

    private static string DeployEnvironment => File.ReadAllText(Path.Combine(WorkflowsFolder, "deploy-environment.yml"));

    [Fact]
    public async Task Workflows_LintClean()
    {
        var files = Directory.GetFiles(WorkflowsFolder, "*.yml").Order(StringComparer.Ordinal).ToList();

        var findings = await WorkflowLinter.LintAsync(files);

        Assert.Equal(2, files.Count);
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }

    [Fact]
    public async Task Linters_FindWhatIsWrongInABrokenWorkflow()
    {
        // The control: the same linters do report an unknown job key and an undefined input.
        var broken = Path.Combine(Directory.CreateTempSubdirectory("kenbaarheid-workflow-").FullName, "broken.yml");
        await File.WriteAllTextAsync(broken, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                stepz:
                  - run: echo ${{ inputs.missing }}
            """);

        var findings = await WorkflowLinter.LintAsync([broken]);

        Assert.Contains(findings, finding => finding.StartsWith("actionlint:", StringComparison.Ordinal) && finding.Contains("stepz", StringComparison.Ordinal));
        Assert.Contains(findings, finding => finding.StartsWith("action-validator:", StringComparison.Ordinal) && finding.Contains("stepz", StringComparison.Ordinal));
        Directory.Delete(Path.GetDirectoryName(broken)!, recursive: true);
    }

    [Fact]
    public void Deploy_PublishesWithThePublishScriptAndTestsFirst()
    {
        Assert.Contains("run: dotnet test Kenbaarheid.sln", Deploy, StringComparison.Ordinal);
        Assert.Contains("run: functions/publish.sh", Deploy, StringComparison.Ordinal);
        Assert.True(Deploy.IndexOf("dotnet test", StringComparison.Ordinal) < Deploy.IndexOf("functions/publish.sh", StringComparison.Ordinal));
    }

    [Fact]
    public void Deploy_ReachesProductionOnlyAfterTest()
    {
        Assert.Contains("  production:\n    needs: test\n", Deploy, StringComparison.Ordinal);
        Assert.Contains("  test:\n    needs: build\n", Deploy, StringComparison.Ordinal);
    }

    [Fact]
    public void DeployEnvironment_SignsInWithOpenIdConnectOnly()
    {
        Assert.Contains("id-token: write", DeployEnvironment, StringComparison.Ordinal);
        Assert.Contains("uses: azure/login@v2", DeployEnvironment, StringComparison.Ordinal);
        // azure/login with a client id and no client-secret or creds is the federated (OIDC) sign-in.
        Assert.DoesNotContain("client-secret", DeployEnvironment, StringComparison.Ordinal);
        Assert.DoesNotContain("creds:", DeployEnvironment, StringComparison.Ordinal);
    }

    [Fact]
    public void DeployEnvironment_RunsWhatIfBeforeTheJobThatWaitsForApproval()
    {
        // The deploy job is bound to the environment whose required reviewers approve; the what-if runs in the
        // reviewer-free <environment>-preview, first.
        Assert.Contains("environment: ${{ inputs.environment }}-preview", DeployEnvironment, StringComparison.Ordinal);
        Assert.Contains("  deploy:\n    needs: what-if\n    runs-on: ubuntu-latest\n    environment: ${{ inputs.environment }}\n", DeployEnvironment, StringComparison.Ordinal);
        Assert.Contains("az deployment group what-if", DeployEnvironment, StringComparison.Ordinal);
        Assert.True(DeployEnvironment.IndexOf("what-if", StringComparison.Ordinal) < DeployEnvironment.IndexOf("az deployment group create", StringComparison.Ordinal));
    }
}
