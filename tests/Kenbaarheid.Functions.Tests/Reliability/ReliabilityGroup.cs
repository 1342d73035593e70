namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>
/// The reliability tests that start their own handlers and Azurites: one after another, so a fault run does not
/// compete for the machine's two cores with another of its kind and its timings stay meaningful.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReliabilityGroup
{
    public const string Name = "Reliability";
}
