using Kenbaarheid.Events;

namespace Kenbaarheid.Tests.Events;

public sealed class OrgIdTests
{
    [Theory]
    [InlineData("gm0344", true)]
    [InlineData("pv26", true)]
    [InlineData("ws0155", true)]
    [InlineData("mnre1034", true)]
    [InlineData("zb000117", true)]
    [InlineData("oorg10103", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("gm034", false)]
    [InlineData("GM0344", false)]
    [InlineData("gm0344\n", false)]
    [InlineData("gm٠٣٤٤", false)]
    [InlineData("../gm0344", false)]
    public void OrgIdAndAgencyId_AcceptExactlyTheShapesOfTheRegister(string? text, bool isOrgId)
    {
        Assert.Equal(isOrgId, OrgId.TryParse(text, out var id));
        Assert.Equal(isOrgId ? text : null, id.Value);
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
