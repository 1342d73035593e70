using System.Text.Json;
using Kenbaarheid.Events;
using static Kenbaarheid.Tests.Events.SampleEvents;

namespace Kenbaarheid.Tests.Events;

/// <summary>The three outcomes of validation, and the ids a valid event carries as types.</summary>
public sealed class EventValidationResultTests
{
    [Fact]
    public void Validate_WithProfiles_AcceptsAValidEventWithItsAgencysProfile()
    {
        var result = new EventValidator(TestAgencies.Directory).Validate(Bytes(RiskSupported));

        var accepted = Assert.IsType<EventValidationResult.Accepted>(result);
        Assert.Same(accepted.Event, result.Event);
        Assert.Equal(accepted.Event.AgencyId.Value, accepted.Agency.Id);
        Assert.True(TestAgencies.Directory.TryGet(accepted.Agency.Id, out var profile));
        Assert.Same(profile, accepted.Agency);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Validate_WithoutProfiles_SaysTheEventConformsToTheContractOnly()
    {
        var result = EventValidator.WithoutAgencyProfiles().Validate(Bytes(RiskSupported));

        var conforms = Assert.IsType<EventValidationResult.ConformsToContract>(result);
        Assert.True(result.IsValid);
        Assert.Equal(AgencyId.Parse("zb999901"), conforms.Event.AgencyId);
    }

    [Fact]
    public void Validate_RejectsWithEveryProblemAndNoEvent()
    {
        var result = new EventValidator(TestAgencies.Directory).Validate(Bytes(RejectedBsn));

        var rejected = Assert.IsType<EventValidationResult.Rejected>(result);
        Assert.Null(rejected.Event);
        Assert.False(rejected.IsValid);
        Assert.Contains(rejected.Problems, problem => problem.Code == EventErrorCodes.RecipientRefIsBsn);
    }

    [Fact]
    public void Ids_AreWrittenAndReadAsPlainStringsInJson()
    {
        var json = JsonSerializer.Serialize(new { agency = AgencyId.Parse("gm0344"), decision = DecisionId.Parse("HT-1"), org = OrgId.Parse("zb000117") });

        Assert.Equal("{\"agency\":\"gm0344\",\"decision\":\"HT-1\",\"org\":\"zb000117\"}", json);
        Assert.Equal(DecisionId.Parse("HT-1"), JsonSerializer.Deserialize<DecisionId>("\"HT-1\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DecisionId>("\"../x\""));
    }
}
