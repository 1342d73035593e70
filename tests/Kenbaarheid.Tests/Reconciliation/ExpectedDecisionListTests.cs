using Kenbaarheid.Reconciliation;

namespace Kenbaarheid.Tests.Reconciliation;

public sealed class ExpectedDecisionListTests
{
    [Fact]
    public void Parse_SkipsBlankLinesAndCommentsAndReadsAnOmittedRevisionAsAnyRevision()
    {
        var list = ExpectedDecisionList.Parse("# sent in November\n\nzb999901,HT-2027-000123,1\r\n  gm9999 , WOZ-2027-553311 \n", "sent.csv");

        Assert.Empty(list.Problems);
        Assert.Equal(
            [new ExpectedDecision("zb999901", "HT-2027-000123", 1, 3), new ExpectedDecision("gm9999", "WOZ-2027-553311", null, 4)],
            list.Decisions);
    }

    [Theory]
    [InlineData("zb999901")]
    [InlineData("zb999901,HT-1,1,extra")]
    [InlineData("zb999901,,1")]
    [InlineData("zb999901,HT 1")]
    [InlineData("zb999901,HT-1,0")]
    [InlineData("zb999901,HT-1,één")]
    [InlineData("zb999901,../etc/passwd")]
    public void Parse_NamesAMalformedLineByNumberWithoutQuotingIt(string line)
    {
        var list = ExpectedDecisionList.Parse($"gm9999,PV-2026-1201\n{line}\n", "sent.csv");

        var problem = Assert.Single(list.Problems);
        Assert.StartsWith("sent.csv, line 2:", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(line, problem, StringComparison.Ordinal);
        Assert.Single(list.Decisions);
    }
}
