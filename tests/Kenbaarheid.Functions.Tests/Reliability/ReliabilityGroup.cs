namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>
/// The reliability tests that start their own handlers and Azurites: one after another and apart from every other
/// test, because their listeners hear every meter and activity source in the process (and other tests' listeners
/// would hear theirs), and so that the fault run has the machine's two cores to itself and its timings mean something.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReliabilityGroup
{
    public const string Name = "Reliability";
}
