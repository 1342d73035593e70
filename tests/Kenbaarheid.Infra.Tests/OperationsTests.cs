using System.Text.Json.Nodes;
using Kenbaarheid.Infra.Tests.Bicep;

namespace Kenbaarheid.Infra.Tests;

/// <summary>What operators rely on: the alerts, the resource logs that are the audit trail, and their retention.</summary>
[Collection(MainTemplateGroup.Name)]
public sealed class OperationsTests(MainTemplateFixture main)
{
    private const string DiagnosticSettingType = "Microsoft.Insights/diagnosticSettings";

    private IReadOnlyList<TemplateResource> LogAlerts => main.Template.OfType("Microsoft.Insights/scheduledQueryRules");

    [Fact]
    public void DeadLetterAlert_WatchesTheDecisionEventsQueue()
    {
        var alert = main.Template.Only("Microsoft.Insights/metricAlerts");
        var criterion = Assert.Single(alert.Property("properties", "criteria", "allOf")?.AsArray() ?? []);
        var dimension = Assert.Single(criterion?["dimensions"]?.AsArray() ?? []);

        Assert.Equal("DeadletteredMessages", criterion?["metricName"]?.GetValue<string>());
        Assert.Equal("GreaterThan", criterion?["operator"]?.GetValue<string>());
        Assert.Equal(0, criterion?["threshold"]?.GetValue<int>());
        Assert.Equal("EntityName", dimension?["name"]?.GetValue<string>());
        Assert.Equal(["decision-events"], (dimension?["values"]?.AsArray() ?? []).Select(value => alert.Scope.ResolveString(value)));
    }

    [Theory]
    [InlineData("function-failures", "requests | where success == false")]
    [InlineData("reconcile-findings", "kenbaarheid.reconcile.unfinished_folders")]
    [InlineData("reconcile-findings", "kenbaarheid.reconcile.missing_decisions")]
    [InlineData("register-sync-failed", "kenbaarheid.registry.syncs")]
    public void LogAlerts_WatchWhatTheAppEmits(string rule, string queried)
    {
        var rules = LogRules();

        Assert.Contains(queried, rules[rule], StringComparison.Ordinal);
    }

    [Fact]
    public void LogAlerts_FireOnAnyRowOfTheirQueryOverTheAppsTelemetry()
    {
        var alert = Assert.Single(LogAlerts);
        var criterion = Assert.Single(alert.Json["properties"]?["criteria"]?["allOf"]?.AsArray() ?? []);

        Assert.Equal("Count", criterion?["timeAggregation"]?.GetValue<string>());
        Assert.Equal("GreaterThan", criterion?["operator"]?.GetValue<string>());
        Assert.Equal(0, criterion?["threshold"]?.GetValue<int>());
        Assert.Equal(["[resourceId('Microsoft.Insights/components', parameters('appInsightsName'))]"], (alert.Json["properties"]?["scopes"]?.AsArray() ?? []).Select(scope => scope?.GetValue<string>()));
    }

    [Fact]
    public void Alerts_NotifyTheActionGroupParameterWhenOneIsGiven()
    {
        var alerts = main.Template.OfType("Microsoft.Insights/metricAlerts").Concat(LogAlerts).ToList();
        var module = alerts[0].Scope;

        Assert.Equal("[parameters('actionGroupId')]", module.Origin(JsonValue.Create("[parameters('actionGroupId')]")));
        Assert.Equal("[if(empty(parameters('actionGroupId')), createArray(), createArray(parameters('actionGroupId')))]", module.Template["variables"]?["actionGroups"]?.GetValue<string>());
        Assert.Equal("[variables('actionGroups')]", LogAlerts[0].Json["properties"]?["actions"]?["actionGroups"]?.GetValue<string>());
    }

    [Fact]
    public void NoticeStore_SendsItsReadWriteAndDeleteLogsToTheWorkspace()
    {
        var setting = Assert.Single(main.Template.OfType(DiagnosticSettingType), setting => setting.Json["scope"]?.GetValue<string>()?.Contains("blobServices", StringComparison.Ordinal) == true);

        Assert.Equal(["StorageDelete", "StorageRead", "StorageWrite"], Categories(setting));
        Assert.Contains("Microsoft.OperationalInsights/workspaces", setting.Json["properties"]?["workspaceId"]?.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Microsoft.ServiceBus/namespaces", "OperationalLogs")]
    [InlineData("Microsoft.Web/sites", "FunctionAppLogs")]
    public void ServiceBusAndFunctionApp_SendTheirLogsToTheWorkspace(string scopeType, string category)
    {
        var setting = Assert.Single(main.Template.OfType(DiagnosticSettingType), setting => setting.Json["scope"]?.GetValue<string>()?.StartsWith($"[resourceId('{scopeType}'", StringComparison.Ordinal) == true);

        Assert.Equal([category], Categories(setting));
    }

    [Fact]
    public void AuditLogs_AreKeptForTheRetentionParameter()
    {
        var table = main.Template.Only("Microsoft.OperationalInsights/workspaces/tables");
        var retention = main.Template.Main.Template["parameters"]?["auditLogRetentionDays"];

        Assert.Equal("StorageBlobLogs", table.ShortName);
        Assert.Equal("[parameters('auditLogRetentionDays')]", table.Scope.Origin(table.Json["properties"]?["totalRetentionInDays"]));
        Assert.Equal(2557, retention?["defaultValue"]?.GetValue<int>());
    }

    private Dictionary<string, string> LogRules()
    {
        var alert = Assert.Single(LogAlerts);
        var rules = alert.Scope.Template["variables"]?["logRules"]?.AsArray() ?? [];
        return rules.OfType<JsonObject>().ToDictionary(rule => rule["name"]!.GetValue<string>(), rule => rule["query"]!.GetValue<string>(), StringComparer.Ordinal);
    }

    private static IReadOnlyList<string> Categories(TemplateResource setting) =>
        [.. (setting.Json["properties"]?["logs"]?.AsArray() ?? []).Select(log => log?["category"]?.GetValue<string>() ?? string.Empty).Order(StringComparer.Ordinal)];
}
