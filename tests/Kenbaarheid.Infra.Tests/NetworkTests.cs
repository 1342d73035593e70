using Kenbaarheid.Infra.Tests.Bicep;

namespace Kenbaarheid.Infra.Tests;

/// <summary>The private network option: VNet integration for the app, private endpoints for what it reaches.</summary>
[Collection(MainTemplateGroup.Name)]
public sealed class NetworkTests(MainTemplateFixture main)
{
    private TemplateResource NetworkModule =>
        Assert.Single(main.Template.OfType("Microsoft.Resources/deployments"), deployment => deployment.ShortName == "network");

    [Fact]
    public void Network_IsDeployedOnlyWhenPrivate()
    {
        Assert.Equal("[equals(parameters('network'), 'private')]", NetworkModule.Json["condition"]?.GetValue<string>());
        Assert.Equal("public", main.Template.Main.Template["parameters"]?["network"]?["defaultValue"]?.GetValue<string>());
    }

    [Fact]
    public void AppSubnet_IsDelegatedToFlexConsumption()
    {
        var network = main.Template.Only("Microsoft.Network/virtualNetworks");
        var subnet = Assert.Single(network.Json["properties"]?["subnets"]?.AsArray() ?? [], subnet => subnet?["name"]?.GetValue<string>() == "function-app");

        Assert.Equal("Microsoft.App/environments", subnet?["properties"]?["delegations"]?[0]?["properties"]?["serviceName"]?.GetValue<string>());
    }

    [Fact]
    public void PrivateEndpoints_LeadToBothStorageAccountsBlobsAndTheServiceBusNamespace()
    {
        var endpoints = main.Template.OfType("Microsoft.Network/privateEndpoints");
        var modules = main.Template.OfType("Microsoft.Resources/deployments").Where(deployment => deployment.ShortName.StartsWith("pe-", StringComparison.Ordinal));

        Assert.Equal(3, endpoints.Count);
        Assert.Equal(
            ["blob", "blob", "namespace"],
            modules.Select(module => module.Json["properties"]?["parameters"]?["groupId"]?["value"]?.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FunctionApp_SendsItsTrafficThroughTheAppSubnetWhenPrivate()
    {
        var app = Assert.Single(main.Template.OfType("Microsoft.Resources/deployments"), deployment => deployment.ShortName == "function-app");

        Assert.Equal(
            "[if(equals(parameters('network'), 'private'), createObject('value', reference(resourceId('Microsoft.Resources/deployments', 'network'), '2025-04-01').outputs.appSubnetId.value), createObject('value', ''))]",
            app.Json["properties"]?["parameters"]?["virtualNetworkSubnetId"]?.GetValue<string>());
    }
}
