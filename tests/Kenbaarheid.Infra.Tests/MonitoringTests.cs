using Kenbaarheid.Infra.Tests.Bicep;

namespace Kenbaarheid.Infra.Tests;

[Collection(MainTemplateGroup.Name)]
public sealed class MonitoringTests(MainTemplateFixture main)
{
    private TemplateResource AppInsights => main.Template.Only("Microsoft.Insights/components");

    private TemplateResource Workspace => main.Template.Only("Microsoft.OperationalInsights/workspaces");

    [Fact]
    public void AppInsights_IsWorkspaceBased()
    {
        Assert.Equal(
            $"[resourceId('Microsoft.OperationalInsights/workspaces', {WorkspaceNameArgument()})]",
            AppInsights.StringProperty("properties", "WorkspaceResourceId"));
    }

    [Fact]
    public void AppInsights_DisablesLocalAuth()
    {
        Assert.True(AppInsights.BoolProperty("properties", "DisableLocalAuth"));
    }

    [Fact]
    public void Workspace_DisablesLocalAuth()
    {
        Assert.True(Workspace.BoolProperty("properties", "features", "disableLocalAuth"));
    }

    // Both live in the monitoring module, so the workspace is referenced by its own name expression.
    private string WorkspaceNameArgument() =>
        Workspace.Json["name"]!.GetValue<string>().TrimStart('[').TrimEnd(']');
}
