namespace Kenbaarheid.Functions.Tests.Hosting;

/// <summary>The tests that share one running handler and its Azurite; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class HandlerGroup : ICollectionFixture<HandlerServer>
{
    public const string Name = "Handler";
}
