using Kenbaarheid.Infra.Tests.Bicep;

namespace Kenbaarheid.Infra.Tests;

[Collection(MainTemplateGroup.Name)]
public sealed class LocationTests(MainTemplateFixture main)
{
    [Fact]
    public void Location_AllowsOnlyEuRegions()
    {
        var location = main.Template.Main.Template["parameters"]!["location"]!;
        var allowed = location["allowedValues"]?.AsArray().Select(value => value!.GetValue<string>()).ToList();

        // Without an allowed list any region would be accepted; the constraint is the point.
        Assert.NotNull(allowed);
        Assert.NotEmpty(allowed);
        Assert.All(allowed, region => Assert.Contains(region, EuRegions.All));
    }

    [Fact]
    public void Location_DefaultsToWestEurope()
    {
        var location = main.Template.Main.Template["parameters"]!["location"]!;

        Assert.Equal("westeurope", location["defaultValue"]?.GetValue<string>());
    }

    // Types Azure only accepts as global resources. They hold configuration, no data: a metric alert rule evaluates
    // the namespace's metrics, and private DNS zones hold the private addresses of this deployment's endpoints.
    private static readonly string[] GlobalOnlyTypes =
    [
        "Microsoft.Insights/metricAlerts",
        "Microsoft.Network/privateDnsZones",
        "Microsoft.Network/privateDnsZones/virtualNetworkLinks",
    ];

    [Fact]
    public void GlobalResources_AreOnlyTheTypesAzureKeepsGlobal()
    {
        var global = main.Template.Resources.Where(resource => resource.Scope.ResolveString(resource.Json["location"]) == "global").ToList();

        Assert.NotEmpty(global);
        Assert.All(global, resource => Assert.Contains(resource.Type, GlobalOnlyTypes));
    }

    [Fact]
    public void Resources_AllDeployToTheConstrainedLocation()
    {
        var located = main.Template.Resources
            .Where(resource => resource.Json.ContainsKey("location") && !GlobalOnlyTypes.Contains(resource.Type))
            .ToList();

        Assert.NotEmpty(located);
        Assert.All(located, resource =>
            Assert.True(
                resource.Scope.Origin(resource.Json["location"]) == "[parameters('location')]",
                $"{resource} is deployed to '{resource.Json["location"]}', not the location parameter."));
    }
}
