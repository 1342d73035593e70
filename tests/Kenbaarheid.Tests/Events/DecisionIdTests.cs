using Kenbaarheid.Events;

namespace Kenbaarheid.Tests.Events;

public sealed class DecisionIdTests
{
    [Theory]
    [InlineData("B-2026-000123")]
    [InlineData("a")]
    [InlineData("_x.y-z")]
    [InlineData("-")]
    [InlineData("2026.04.01")]
    public void TryParse_AcceptsThePathSafeAlphabet(string text)
    {
        Assert.True(DecisionId.IsValid(text));
        Assert.True(DecisionId.TryParse(text, out var id));
        Assert.Equal(text, id.Value);
        Assert.Equal(text, id.ToString());
    }

    [Fact]
    public void TryParse_AcceptsExactlyTheMaximumLength()
    {
        Assert.True(DecisionId.TryParse(new string('a', DecisionId.MaxLength), out _));
        Assert.False(DecisionId.TryParse(new string('a', DecisionId.MaxLength + 1), out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData(".hidden")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a b")]
    [InlineData("a\n")]
    [InlineData("besluit-é")]
    [InlineData("١٢٣")]
    public void TryParse_RejectsWhatCouldLeaveItsFolder(string? text)
    {
        Assert.False(DecisionId.IsValid(text));
        Assert.False(DecisionId.TryParse(text, out var id));
        Assert.Equal(default, id);
    }

    [Fact]
    public void Parse_NamesTheValueAndTheRuleWhenItFails()
    {
        var exception = Assert.Throws<FormatException>(() => DecisionId.Parse("a/b"));

        Assert.Contains("'a/b'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("not starting with '.'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecisionId_ValuesWithTheSameTextAreEqual()
    {
        Assert.Equal(DecisionId.Parse("B-1"), DecisionId.Parse("B-1"));
        Assert.NotEqual(DecisionId.Parse("B-1"), DecisionId.Parse("b-1"));
    }
}
