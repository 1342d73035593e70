using Kenbaarheid.Events;

namespace Kenbaarheid.Tests.Events;

public sealed class LarsTests
{
    [Theory]
    [InlineData("63712924")]
    [InlineData("61941276")]
    [InlineData("72429714")]
    [InlineData("24171410")]
    [InlineData("93573926")]
    [InlineData("59324629")]
    [InlineData("11111115")]
    public void TryParse_AcceptsIdsWithAValidCheckDigit(string text)
    {
        Assert.True(Lars.TryParse(text, out var lars));
        Assert.Equal(text, lars.Value);
        Assert.Equal(text, lars.ToString());
    }

    [Theory]
    [InlineData("63712925")]
    [InlineData("63712920")]
    [InlineData("11111111")]
    public void TryParse_RejectsAWrongCheckDigit(string text)
    {
        Assert.True(Lars.HasValidShape(text));
        Assert.False(Lars.HasValidCheckDigit(text));
        Assert.False(Lars.TryParse(text, out var lars));
        Assert.Equal(default, lars);
    }

    [Fact]
    public void HasValidCheckDigit_AcceptsExactlyOneDigitForEachPrefix()
    {
        foreach (var prefix in new[] { "6371292", "1111111", "9999999", "1234567" })
        {
            Assert.Single("0123456789", digit => Lars.HasValidCheckDigit(prefix + digit));
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("6371292")]
    [InlineData("637129240")]
    [InlineData("03712924")]
    [InlineData("63712904")]
    [InlineData("6371292a")]
    [InlineData(" 6371292")]
    [InlineData("６３７１２９２４")]
    public void HasValidShape_RejectsAnythingButEightDigitsWithoutZerosBeforeTheCheckDigit(string? text)
    {
        Assert.False(Lars.HasValidShape(text));
        Assert.False(Lars.TryParse(text, out _));
    }

    [Fact]
    public void HasValidShape_AllowsAZeroCheckDigit()
    {
        Assert.True(Lars.HasValidShape("24171410"));
    }

    [Fact]
    public void Parse_NamesTheValueAndTheRuleWhenItFails()
    {
        var exception = Assert.Throws<FormatException>(() => Lars.Parse("63712925"));

        Assert.Contains("63712925", exception.Message, StringComparison.Ordinal);
        Assert.Contains("check digit", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lars_ValuesWithTheSameTextAreEqual()
    {
        Assert.Equal(Lars.Parse("63712924"), Lars.Parse("63712924"));
        Assert.NotEqual(Lars.Parse("63712924"), Lars.Parse("61941276"));
    }
}
