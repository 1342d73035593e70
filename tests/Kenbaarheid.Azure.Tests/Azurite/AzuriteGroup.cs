namespace Kenbaarheid.Azure.Tests.Azurite;

/// <summary>The test classes that share one Azurite: starting it costs seconds on a busy machine.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteGroup : ICollectionFixture<AzuriteServer>
{
    public const string Name = "Azurite";
}
