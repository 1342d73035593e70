using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kenbaarheid.Events;

namespace Kenbaarheid.Tests.Events;

/// <summary>
/// Bad input is data: whatever the bytes, Validate returns a result (an event or at least one problem, each
/// with a catalogued code and a valid JSON Pointer) and never throws.
/// </summary>
public sealed class EventValidatorPropertyTests
{
    private static readonly EventValidator Validator = new(TestAgencies.Directory);

    [Property(MaxTest = 1000)]
    public Property Validate_NeverThrowsOnArbitraryBytes(byte[] bytes) => HoldsFor(bytes);

    [Property(MaxTest = 2000, Arbitrary = new[] { typeof(MutatedSamples) })]
    public Property Validate_NeverThrowsOnMutatedSamples(MutatedEvent mutated) => HoldsFor(mutated.Bytes);

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(MutatedSamples) })]
    public Property Validate_GivesTheSameResultEveryTime(MutatedEvent mutated)
    {
        var first = Validator.Validate(mutated.Bytes);
        var second = Validator.Validate(mutated.Bytes);
        return Prop.Label(first.Problems.SequenceEqual(second.Problems) && first.Identity == second.Identity, "results differ");
    }

    private static Property HoldsFor(byte[] bytes)
    {
        var violation = ResultInvariants.Violation(Validator.Validate(bytes));
        return Prop.Label(violation is null, violation ?? "");
    }
}
