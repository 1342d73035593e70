using System.Text;
using System.Text.Json.Nodes;
using Kenbaarheid.Events;
using static Kenbaarheid.Tests.Events.SampleEvents;

namespace Kenbaarheid.Tests.Events;

/// <summary>An event too large to parse is still rejected under its own id and agency when its first bytes name them.</summary>
public sealed class EventIdentityScanTests
{
    private static readonly EventValidator Validator = new(TestAgencies.Directory);

    [Fact]
    public void Validate_TooLargeEvent_IsRejectedWithTheIdentityItsFirstBytesGive()
    {
        var result = Validator.Validate(Tree(RiskSupported).With("/data/padding", Padding()).ToBytes());

        Assert.Equal(EventErrorCodes.EventTooLarge, Assert.Single(result.Problems).Code);
        Assert.Equal(new EventIdentity("evt-2026-11-20-000002", "zb999901", "HT-2027-000456", 1), result.Identity);
    }

    [Fact]
    public void Validate_TooLargeEvent_ReadsTheSameIdentityAsAParsedEvent()
    {
        var tree = Tree(RiskSupported).With("/data/decision/revision", 3);
        var parsed = Validator.Validate(tree.ToBytes()).Identity;

        var scanned = Validator.Validate(tree.With("/data/padding", Padding()).ToBytes()).Identity;

        Assert.Equal(parsed, scanned);
        Assert.Equal(3, scanned.Revision);
    }

    [Fact]
    public void Scan_TakesNothingThatLiesBeyondItsLimit()
    {
        var tree = new JsonObject
        {
            ["padding"] = new string('x', EventIdentity.ScanLimit),
            ["id"] = "evt-late",
            ["data"] = new JsonObject { ["agency"] = new JsonObject { ["id"] = "gm9999" } },
        };

        Assert.Equal(EventIdentity.Unknown, EventIdentity.Scan(tree.ToBytes()));
    }

    [Fact]
    public void Scan_LeavesTheRevisionUnknownWhenTheDecisionIsCutOff()
    {
        var json = "{\"id\":\"e-1\",\"data\":{\"agency\":{\"id\":\"gm9999\"},\"decision\":{\"id\":\"D-1\",\"type\":\"" + new string('x', EventIdentity.ScanLimit);

        Assert.Equal(new EventIdentity("e-1", "gm9999", "D-1", null), EventIdentity.Scan(Encoding.UTF8.GetBytes(json)));
    }

    [Theory]
    [InlineData("{\"id\":\"e-1\",\"data\":{\"decision\":{\"id\":\"D-1\"}} x", "e-1", "D-1")]
    [InlineData("{\"id\":\"\\ud800\",\"data\":{\"decision\":{\"id\":\"D-1\"}}}", null, "D-1")]
    [InlineData("{\"id\":\"e-1\",\"id\":\"e-2\",\"data\":{\"decision\":{\"id\":\"D-1\",\"revision\":\"2\"}}}", "e-1", "D-1")]
    [InlineData("{\"id\":\"e-1\",\"data\":{\"decision\":{\"id\":\"D-1\"}, \"items\":[{\"id\":\"not-it\"}]", "e-1", "D-1")]
    [InlineData("{\"x\":{\"id\":\"not-it\"},\"id\":\"e-1\",\"data\":{\"decision\":{\"id\":\"D-1\"},\"agency\":{\"x\":{\"id\":\"not-it\"}}}}", "e-1", "D-1")]
    public void Scan_ReadsOnlyTheIdentityFieldsAndStopsAtAFault(string json, string? eventId, string? decisionId)
    {
        var identity = EventIdentity.Scan(Encoding.UTF8.GetBytes(json));

        Assert.Equal((eventId, null, decisionId), (identity.EventId, identity.AgencyId, identity.DecisionId));
    }

    [Fact]
    public void Scan_GivesRevisionOneOnlyForAWholeDecisionWithoutOne()
    {
        Assert.Equal(1, EventIdentity.Scan("{\"data\":{\"decision\":{\"id\":\"D-1\"}}}"u8).Revision);
        Assert.Null(EventIdentity.Scan("{\"data\":{\"decision\":{\"id\":\"D-1\",\"revision\":\"2\"}}}"u8).Revision);
        Assert.Null(EventIdentity.Scan("{\"data\":{\"decision\":{\"id\":\"D-1\",\"revision\":{}}}}"u8).Revision);
        Assert.Equal(4, EventIdentity.Scan("{\"data\":{\"decision\":{\"revision\":4.0}}}"u8).Revision);
    }

    [Fact]
    public void Validate_NotJsonUnderTheLimit_StillHasNoIdentity()
    {
        Assert.Equal(EventIdentity.Unknown, Validator.Validate("{\"id\":\"e-1\","u8.ToArray()).Identity);
    }

    private static string Padding() => new('x', EventDocumentParser.MaxEventBytes);
}
