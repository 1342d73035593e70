using System.Text.Json.Nodes;
using Kenbaarheid.Infra.Tests.Bicep;
using Kenbaarheid.Infra.Tests.Repository;

namespace Kenbaarheid.Infra.Tests;

[Collection(MainTemplateGroup.Name)]
public sealed class FunctionAppTests(MainTemplateFixture main)
{
    // Connections the host and the handler use without any function.json naming them.
    private const string HostStorageConnection = "AzureWebJobsStorage";
    private const string NoticeStoreConnection = "NoticeStore";

    private TemplateResource Site => main.Template.Only("Microsoft.Web/sites");

    private TemplateResource Plan => main.Template.Only("Microsoft.Web/serverfarms");

    private IReadOnlyDictionary<string, JsonNode?> AppSettings =>
        (Site.Property("properties", "siteConfig", "appSettings")?.AsArray() ?? [])
            .OfType<JsonObject>()
            .ToDictionary(setting => setting["name"]!.GetValue<string>(), setting => setting["value"], StringComparer.Ordinal);

    // A connection in app settings is a prefix with a `__credential` setting: that is what makes
    // the host build an identity-based client for it.
    private IReadOnlySet<string> ConnectionsInAppSettings =>
        AppSettings.Keys
            .Where(name => name.EndsWith("__credential", StringComparison.Ordinal))
            .Select(name => name[..name.IndexOf("__", StringComparison.Ordinal)])
            .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Plan_IsFlexConsumptionOnLinux()
    {
        Assert.Equal("FC1", Plan.StringProperty("sku", "name"));
        Assert.Equal("FlexConsumption", Plan.StringProperty("sku", "tier"));
        Assert.True(Plan.BoolProperty("properties", "reserved"), "A plan without reserved=true is a Windows plan.");
    }

    [Fact]
    public void FunctionApp_RunsTheCustomHandlerRuntimeOnLinux()
    {
        Assert.Equal("custom", Site.StringProperty("properties", "functionAppConfig", "runtime", "name"));
        Assert.Contains("linux", Site.StringProperty("kind") ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void FunctionApp_RunsAsOnlyTheUserAssignedIdentity()
    {
        Assert.Equal("UserAssigned", Site.StringProperty("identity", "type"));
        var identities = Site.Json["identity"]?["userAssignedIdentities"]?.AsObject() ?? [];
        Assert.Single(identities);
    }

    [Fact]
    public void FunctionApp_ReadsItsPackageWithTheIdentity()
    {
        var storage = Site.Json["properties"]?["functionAppConfig"]?["deployment"]?["storage"];
        var identity = Assert.Single(Site.Json["identity"]?["userAssignedIdentities"]?.AsObject() ?? []);

        Assert.Equal("blobContainer", Site.Scope.ResolveString(storage?["type"]));
        Assert.Equal("UserAssignedIdentity", Site.Scope.ResolveString(storage?["authentication"]?["type"]));
        // The package is read with the one identity the app runs as: both name the module's identityId.
        var packageIdentity = storage?["authentication"]?["userAssignedIdentityResourceId"]?.GetValue<string>() ?? string.Empty;
        Assert.Equal("[parameters('identityId')]", packageIdentity);
        Assert.Equal("[format('{0}', parameters('identityId'))]", identity.Key);
    }

    [Fact]
    public void FunctionApp_AcceptsOnlyHttpsWithTls12()
    {
        Assert.True(Site.BoolProperty("properties", "httpsOnly"));
        Assert.Equal("1.2", Site.StringProperty("properties", "siteConfig", "minTlsVersion"));
    }

    [Fact]
    public void SiteConfig_SetsOnlyWhatFlexConsumptionAccepts()
    {
        // Flex Consumption refuses a site whose siteConfig sets a property it does not support (ARM error 51021
        // names ftpsState, use32BitWorkerProcess, netFrameworkVersion, linuxFxVersion, alwaysOn and
        // functionsRuntimeScaleMonitoringEnabled). The set is pinned: a new property needs a look at the Flex
        // Consumption documentation first.
        var siteConfig = Site.Property("properties", "siteConfig")?.AsObject() ?? [];

        Assert.Equal(["appSettings", "minTlsVersion"], siteConfig.Select(property => property.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("keyVaultReferenceIdentity")]
    [InlineData("clientCertEnabled")]
    public void FunctionApp_SetsNoPropertyForAFeatureItDoesNotUse(string property)
    {
        // keyVaultReferenceIdentity names the identity for Key Vault references; there is no Key Vault.
        Assert.False(Site.Property("properties")?.AsObject().ContainsKey(property), $"The site sets {property}.");
    }

    [Fact]
    public void FunctionApp_ScalesToAtLeastFortyInstances()
    {
        // Flex Consumption's lowest accepted maximumInstanceCount.
        Assert.Equal(40, main.Template.Main.Template["parameters"]?["maximumInstanceCount"]?["minValue"]?.GetValue<int>());
    }

    [Fact]
    public void Authentication_RequiresAnEntraIdTokenForTheNoticeApi()
    {
        var auth = Assert.Single(main.Template.OfType("Microsoft.Web/sites/config"), config => config.ShortName == "authsettingsV2");
        var entra = auth.Json["properties"]?["identityProviders"]?["azureActiveDirectory"];

        Assert.True(auth.BoolProperty("properties", "platform", "enabled"));
        Assert.True(auth.BoolProperty("properties", "globalValidation", "requireAuthentication"));
        Assert.Equal("Return401", auth.StringProperty("properties", "globalValidation", "unauthenticatedClientAction"));
        Assert.True(auth.Scope.Resolve(entra?["enabled"])?.GetValue<bool>());
        Assert.Equal("[parameters('apiClientId')]", auth.Scope.Origin(entra?["registration"]?["clientId"]));
        Assert.Equal(
            ["[parameters('apiClientId')]"],
            (entra?["validation"]?["allowedAudiences"]?.AsArray() ?? []).Select(audience => auth.Scope.Origin(audience)));
    }

    [Fact]
    public void Authentication_AndTheHandlerTrustTheSameIssuerAndAudience()
    {
        var auth = Assert.Single(main.Template.OfType("Microsoft.Web/sites/config"), config => config.ShortName == "authsettingsV2");
        var registration = auth.Json["properties"]?["identityProviders"]?["azureActiveDirectory"]?["registration"];

        Assert.Equal(auth.Scope.Origin(registration?["openIdIssuer"]), Site.Scope.Origin(AppSettings["Kenbaarheid__Auth__Authority"]));
        Assert.Equal(auth.Scope.Origin(registration?["clientId"]), Site.Scope.Origin(AppSettings["Kenbaarheid__Auth__Audience"]));
        // Entra ID's v2.0 issuer of the deploying tenant, on the cloud's own login endpoint.
        Assert.Equal("[variables('tokenIssuer')]", AppSettings["Kenbaarheid__Auth__Authority"]?.GetValue<string>());
        Assert.Equal(
            "[format('{0}{1}/v2.0', environment().authentication.loginEndpoint, tenant().tenantId)]",
            Site.Scope.Template["variables"]?["tokenIssuer"]?.GetValue<string>());
    }

    [Fact]
    public void FunctionApp_DisablesBasicPublishingCredentials()
    {
        var policies = main.Template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies");

        Assert.Equal(["ftp", "scm"], policies.Select(policy => policy.ShortName).Order(StringComparer.Ordinal));
        Assert.All(policies, policy => Assert.False(policy.BoolProperty("properties", "allow") ?? true));
    }

    [Fact]
    public void AppSettings_ConnectionNamesMatchTheHostFiles()
    {
        var expected = FunctionHostFiles.Load().ConnectionNames
            .Append(HostStorageConnection)
            .Append(NoticeStoreConnection)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(expected.Order(StringComparer.Ordinal), ConnectionsInAppSettings.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AppSettings_EveryConnectionUsesTheManagedIdentity()
    {
        var clientIds = new HashSet<string?>(StringComparer.Ordinal);
        Assert.All(ConnectionsInAppSettings, connection =>
        {
            Assert.Equal("managedidentity", Site.Scope.ResolveString(AppSettings[$"{connection}__credential"]));
            Assert.True(AppSettings.ContainsKey($"{connection}__clientId"), $"{connection} has no __clientId setting.");
            clientIds.Add(Site.Scope.Origin(AppSettings[$"{connection}__clientId"]));
        });

        // One identity for every connection: the one the role assignments are granted to.
        Assert.Single(clientIds);
    }

    [Fact]
    public void AppSettings_ServiceBusConnectionsNameTheNamespace()
    {
        Assert.All(FunctionHostFiles.Load().ServiceBusConnectionNames, connection =>
            Assert.True(
                AppSettings.ContainsKey($"{connection}__fullyQualifiedNamespace"),
                $"The Service Bus connection '{connection}' has no __fullyQualifiedNamespace setting."));
    }

    [Fact]
    public void AppSettings_PointHostStorageAtTheHostAccount()
    {
        var hostAccountName = Site.Scope.Origin(AppSettings[$"{HostStorageConnection}__accountName"]);
        var accountNames = main.Template.OfType("Microsoft.Storage/storageAccounts")
            .Select(account => account.Scope.Origin(account.Json["name"]));

        Assert.Contains(hostAccountName, accountNames);
    }

    [Fact]
    public void AppSettings_PointTheNoticeStoreAtABlobEndpoint()
    {
        Assert.True(AppSettings.ContainsKey($"{NoticeStoreConnection}__blobServiceUri"));
    }

    [Theory]
    [InlineData("Kenbaarheid__ConfigPath", "")]
    [InlineData("Kenbaarheid__RegistrySnapshots", "/sync")]
    [InlineData("Kenbaarheid__Reconcile__ExpectedLists", "/expected")]
    public void AppSettings_PointTheHandlerAtFoldersOfTheRegistryContainer(string setting, string prefix)
    {
        Assert.True(AppSettings.ContainsKey(setting), $"The handler reads {setting}, but the app settings do not set it.");
        Assert.Equal($"blob:registry{prefix}", Site.Scope.ResolveString(AppSettings[setting]));
        var containers = main.Template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").Select(container => container.ShortName);
        Assert.Contains("registry", containers);
    }

    [Fact]
    public void AppSettings_SetOnlyHandlerSettingsTheHandlerReads()
    {
        // Kenbaarheid__RegistryContainer was once set here and read by nobody: the handler reads these.
        string[] read =
        [
            "Kenbaarheid__ConfigPath", "Kenbaarheid__TemplatesPath", "Kenbaarheid__ReadLinkLifetime", "Kenbaarheid__RegistrySnapshots",
            "Kenbaarheid__RegistrySnapshots__RefreshInterval", "Kenbaarheid__RegistrySnapshots__StaleAfter", "Kenbaarheid__RegistrySync__Organisations",
            "Kenbaarheid__Algoritmeregister__BaseAddress", "Kenbaarheid__Reconcile__ExpectedLists",
            "Kenbaarheid__Auth__Authority", "Kenbaarheid__Auth__Audience",
        ];

        Assert.All(AppSettings.Keys.Where(name => name.StartsWith("Kenbaarheid__", StringComparison.Ordinal)), name => Assert.Contains(name, read));
    }

    [Fact]
    public void AppSettings_AuthenticateTelemetryWithTheIdentity()
    {
        Assert.True(AppSettings.ContainsKey("APPLICATIONINSIGHTS_CONNECTION_STRING"));
        Assert.Contains(
            "Authorization=AAD",
            AppSettings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]?.GetValue<string>(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_LeaveRuntimeSettingsToFlexConsumption()
    {
        // Flex Consumption rejects these; the runtime comes from functionAppConfig instead.
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", AppSettings.Keys);
        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", AppSettings.Keys);
        Assert.DoesNotContain("WEBSITE_RUN_FROM_PACKAGE", AppSettings.Keys);
    }

    [Theory]
    [InlineData("listKeys(")]
    [InlineData("listConnectionStrings(")]
    [InlineData("AccountKey=")]
    [InlineData("SharedAccessKey")]
    public void Template_NeverHandsOutKeys(string keyMarker)
    {
        Assert.DoesNotContain(keyMarker, main.Build.StandardOutput, StringComparison.OrdinalIgnoreCase);
    }
}
