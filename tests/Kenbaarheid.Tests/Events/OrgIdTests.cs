using Kenbaarheid.Events;

namespace Kenbaarheid.Tests.Events;

public sealed class OrgIdTests
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
        Assert.True(OrgId.TryParse(text, out var id));
        Assert.Equal(text, id.Value);
        Assert.Equal(text, id.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("gm034")]
    [InlineData("GM0344")]
    [InlineData("gm0344\n")]
    [InlineData("gm٠٣٤٤")]
    [InlineData("../gm0344")]
    public void TryParse_RejectsAnythingElse(string? text)
    {
        Assert.False(OrgId.TryParse(text, out var id));
        Assert.Equal(default, id);
    }

    [Theory]
    [InlineData("gm0344", true)]
    [InlineData("zb000117", true)]
    [InlineData("gm34", false)]
    [InlineData("abc", false)]
    public void AgencyId_AcceptsExactlyTheOrgIds(string text, bool isOrgId)
    {
        Assert.Equal(isOrgId, OrgId.IsValid(text));
        Assert.Equal(isOrgId, AgencyId.IsValid(text));
    }

    [Fact]
    public void Parse_NamesTheValueAndAnExampleWhenItFails()
    {
        var exception = Assert.Throws<FormatException>(() => OrgId.Parse("gm34"));

        Assert.Contains("'gm34'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("gm0344", exception.Message, StringComparison.Ordinal);
    }
}
