using Kenbaarheid.Tooling.Templates.Readability;

namespace Kenbaarheid.Tooling.Tests.Templates.Readability;

public sealed class EnglishSyllableCounterTests
{
    [Theory]
    [InlineData("the", 1)]
    [InlineData("make", 1)]
    [InlineData("decision", 3)]
    [InlineData("algorithm", 3)]
    [InlineData("computer", 3)]
    [InlineData("explanation", 4)]
    [InlineData("register", 3)]
    [InlineData("data", 2)]
    [InlineData("AI", 2)]
    [InlineData("e-mail", 2)]
    public void Count_FollowsTheStandardHeuristic(string word, int expected) =>
        Assert.Equal(expected, new EnglishSyllableCounter().Count(word));
}
