using Kenbaarheid.Events;

namespace Kenbaarheid.Tests.Events;

public sealed class AgencyIdTests
{
    [Theory]
    [InlineData("gm0344")]
    [InlineData("pv26")]
    [InlineData("ws0155")]
    [InlineData("mnre1034")]
    [InlineData("zb000117")]
    [InlineData("oorg10103")]
    public void TryParse_AcceptsEachShapeOfTheRegister(string text)
    {
        Assert.True(AgencyId.IsValid(text));
        Assert.True(AgencyId.TryParse(text, out var id));
        Assert.Equal(text, id.Value);
        Assert.Equal(text, id.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("gm034")]
    [InlineData("gm03441")]
    [InlineData("GM0344")]
    [InlineData("gm0344\n")]
    [InlineData("gm٠٣٤٤")]
    [InlineData("xx0344")]
    [InlineData("../gm0344")]
    [InlineData(" gm0344")]
    public void TryParse_RejectsAnythingElse(string? text)
    {
        Assert.False(AgencyId.IsValid(text));
        Assert.False(AgencyId.TryParse(text, out var id));
        Assert.Equal(default, id);
    }

    [Fact]
    public void Parse_NamesTheValueAndAnExampleWhenItFails()
    {
        var exception = Assert.Throws<FormatException>(() => AgencyId.Parse("gm34"));

        Assert.Contains("'gm34'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("gm0344", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AgencyId_ValuesWithTheSameTextAreEqual()
    {
        Assert.Equal(AgencyId.Parse("gm0344"), AgencyId.Parse("gm0344"));
        Assert.NotEqual(AgencyId.Parse("gm0344"), AgencyId.Parse("gm0363"));
    }
}
