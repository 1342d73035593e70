namespace Kenbaarheid.Functions.Tests.Timers;

/// <summary>The tests that share the handler configured for the timers; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SyncHandlerGroup : ICollectionFixture<SyncHandlerServer>
{
    public const string Name = "SyncHandler";
}
