using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kenbaarheid.Infra.Tests.Bicep;

namespace Kenbaarheid.Infra.Tests;

[Collection(MainTemplateGroup.Name)]
public sealed partial class RoleAssignmentTests(MainTemplateFixture main)
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string ServiceBusDataReceiver = "4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0";
    private const string ServiceBusDataOwner = "090c5cfd-751d-490a-894a-3ce6f1109419";
    private const string TagWriteAction = "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/tags/write";
    private const string ServiceBusDataSender = "69a216fc-b8fb-44d8-bc22-1f3c2cd27a39";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    private IReadOnlyList<TemplateResource> Assignments =>
        main.Template.OfType("Microsoft.Authorization/roleAssignments");

    private TemplateResource Identity => main.Template.Only("Microsoft.ManagedIdentity/userAssignedIdentities");

    [Fact]
    public void RoleAssignments_Exist()
    {
        Assert.NotEmpty(Assignments);
    }

    [Fact]
    public void RoleAssignments_AllTargetTheManagedIdentity()
    {
        var identityName = Identity.Scope.Origin(Identity.Json["name"]);

        Assert.All(Assignments, assignment =>
        {
            Assert.Equal("ServicePrincipal", assignment.StringProperty("properties", "principalType"));
            var principalId = assignment.Json["properties"]?["principalId"]?.GetValue<string>() ?? string.Empty;
            var reference = IdentityPrincipalId().Match(principalId);
            Assert.True(reference.Success, $"{assignment} grants to '{principalId}', not to a managed identity's principalId.");
            Assert.Equal(identityName, assignment.Scope.Origin(Reference(reference.Groups[1].Value)));
        });
    }

    [Fact]
    public void RoleAssignments_GrantOnlyTheNeededRolesAtTheNarrowestScope()
    {
        var site = main.Template.Only("Microsoft.Web/sites");
        var hostAccount = site.Scope.Origin(site.Property("properties", "siteConfig", "appSettings")?.AsArray()
            .Single(setting => setting?["name"]?.GetValue<string>() == "AzureWebJobsStorage__accountName")?["value"]);
        var noticesContainer = main.Template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers")
            .Single(container => container.ShortName == "notices");
        var noticeAccount = main.Template.OfType("Microsoft.Storage/storageAccounts")
            .Single(account => account.Scope == noticesContainer.Scope);
        var noticeAccountName = noticeAccount.Scope.Origin(noticeAccount.Json["name"]);
        var appInsights = main.Template.Only("Microsoft.Insights/components");
        var appInsightsName = appInsights.Scope.Origin(appInsights.Json["name"]);

        string[] expected =
        [
            $"{StorageBlobDataOwner} on Microsoft.Storage/storageAccounts/{hostAccount}",
            $"{StorageBlobDataContributor} on Microsoft.Storage/storageAccounts/{noticeAccountName}",
            $"{ServiceBusDataOwner} on Microsoft.ServiceBus/namespaces/queues/decision-events",
            $"{ServiceBusDataSender} on Microsoft.ServiceBus/namespaces/queues/notices-issued",
            $"{MonitoringMetricsPublisher} on Microsoft.Insights/components/{appInsightsName}",
            "notice tag writer on Microsoft.Storage/storageAccounts/blobServices/containers/notices",
        ];

        Assert.Equal(expected.Order(StringComparer.Ordinal), Assignments.Select(Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NoticeTagWriter_GrantsExactlyTheBlobTagsWriteDataAction()
    {
        // The store sends x-ms-tags with every notice blob; Put Blob with tags needs blobs/tags/write, which
        // Storage Blob Data Contributor lacks. The custom role adds that one action and nothing else.
        var role = main.Template.Only("Microsoft.Authorization/roleDefinitions");
        var permission = Assert.Single(role.Property("properties", "permissions")?.AsArray() ?? []);

        Assert.Equal([TagWriteAction], (permission?["dataActions"]?.AsArray() ?? []).Select(action => action?.GetValue<string>()));
        Assert.Empty(permission?["actions"]?.AsArray() ?? []);
        Assert.Equal("CustomRole", role.StringProperty("properties", "type"));
    }

    [Fact]
    public void DecisionEventsQueue_IsNeverReadWithReceiverAloneNorOwnedNamespaceWide()
    {
        // Data Owner on the queue lets the scale controller read its length; the namespace stays out of reach.
        Assert.DoesNotContain(Assignments, assignment => Describe(assignment).StartsWith(ServiceBusDataReceiver, StringComparison.Ordinal));
        Assert.DoesNotContain(Assignments, assignment => Describe(assignment).EndsWith("on Microsoft.ServiceBus/namespaces", StringComparison.Ordinal));
    }

    [Fact]
    public void RoleAssignments_HaveDeterministicNames()
    {
        Assert.All(Assignments, assignment =>
            Assert.StartsWith("[guid(", assignment.Json["name"]?.GetValue<string>(), StringComparison.Ordinal));
    }

    private static JsonValue Reference(string parameterName) =>
        JsonValue.Create($"[parameters('{parameterName}')]");

    // "<role id> on <scope type>/<scope name>", the scope name followed back to main.bicep; the custom role of
    // this template is "notice tag writer".
    private static string Describe(TemplateResource assignment)
    {
        var roleDefinitionId = assignment.Json["properties"]?["roleDefinitionId"]?.GetValue<string>() ?? string.Empty;
        var roleDefinition = RoleDefinitionReference().Match(roleDefinitionId);
        var roleId = roleDefinition.Success
            ? assignment.Scope.ResolveString(JsonValue.Create($"[{roleDefinition.Groups[1].Value}]"))
            : roleDefinitionId.Contains("'notice-tag-writer'", StringComparison.Ordinal) ? "notice tag writer" : "unrecognised role definition";

        var scope = ScopeReference().Match(assignment.Json["scope"]?.GetValue<string>() ?? string.Empty);
        if (!scope.Success)
        {
            return $"{roleId} on an unrecognised scope '{assignment.Json["scope"]}'";
        }

        var lastName = scope.Groups[2].Captures[^1].Value;
        return $"{roleId} on {scope.Groups[1].Value}/{assignment.Scope.Origin(Reference(lastName))}";
    }

    [GeneratedRegex(@"^\[reference\(resourceId\('Microsoft\.ManagedIdentity/userAssignedIdentities', parameters\('([^']+)'\)\), '[^']+'\)\.principalId\]$")]
    private static partial Regex IdentityPrincipalId();

    [GeneratedRegex(@"roleDefinitions', (variables\('[^']+'\))\)\]$")]
    private static partial Regex RoleDefinitionReference();

    [GeneratedRegex(@"^\[resourceId\('([^']+)'(?:, (?:'default'|parameters\('([^']+)'\)))+\)\]$")]
    private static partial Regex ScopeReference();
}
