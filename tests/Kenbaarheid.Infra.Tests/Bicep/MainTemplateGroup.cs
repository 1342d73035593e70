namespace Kenbaarheid.Infra.Tests.Bicep;

/// <summary>Shares one compiled main.bicep between the test classes that read it.</summary>
[CollectionDefinition(Name)]
public sealed class MainTemplateGroup : ICollectionFixture<MainTemplateFixture>
{
    /// <summary>The collection name used in [Collection] attributes.</summary>
    public const string Name = "Compiled main.bicep";
}
