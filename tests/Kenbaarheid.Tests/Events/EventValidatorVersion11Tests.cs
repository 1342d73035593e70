using System.Text.Json.Nodes;
using Kenbaarheid.Events;
using static Kenbaarheid.Tests.Events.SampleEvents;

namespace Kenbaarheid.Tests.Events;

/// <summary>The additive v1.1 fields of EVENTS.md: decision.sentOn and remedy, data[].register, generatedTextDetails.</summary>
public sealed class EventValidatorVersion11Tests
{
    private readonly EventValidator _validator = new(TestAgencies.Directory);

    [Fact]
    public void Validate_ReadsTheVersion11FieldsOfTheSamples()
    {
        var risk = Validate(Tree(RiskSupported)).Event!;
        var woz = Validate(Tree(Woz)).Event!;
        var generated = Validate(Tree(GeneratedText)).Event!;

        Assert.Equal(new DateOnly(2026, 11, 19), risk.Decision.SentOn);
        Assert.Equal(new Remedy(RemedyKind.Objection, null, 6, TermStart.Sent, null), risk.Decision.Remedy);
        Assert.Equal(BaseRegister.Bri, risk.Data[0].Register);
        Assert.Null(risk.Data[1].Register);
        Assert.Equal(TermStart.Dated, woz.Decision.Remedy.TermStartsOn);
        Assert.Equal(new GeneratedTextDetails("De samenvatting bovenaan uw brief", null, true), generated.GeneratedTextDetails);
    }

    [Theory]
    [InlineData(true, RemedyKind.Objection)]
    [InlineData(false, RemedyKind.None)]
    public void Validate_DefaultsTheRemedyFromLegalEffect(bool legalEffect, RemedyKind kind)
    {
        var decisionEvent = Validate(Tree(Automated).With("/data/decision/legalEffect", legalEffect)).Event!;

        Assert.Equal(new Remedy(kind, null, null, TermStart.Sent, null), decisionEvent.Decision.Remedy);
        Assert.Null(decisionEvent.Decision.SentOn);
    }

    [Fact]
    public void Validate_ReadsAnAppealToACourt()
    {
        var remedy = new JsonObject { ["kind"] = "appeal", ["to"] = "de rechtbank Noord-Nederland", ["termWeeks"] = 6, ["post"] = "Postbus 150, 9700 AD Groningen" };

        var decisionEvent = Validate(Tree(Automated).With("/data/decision/remedy", remedy)).Event!;

        Assert.Equal(new Remedy(RemedyKind.Appeal, "de rechtbank Noord-Nederland", 6, TermStart.Sent, "Postbus 150, 9700 AD Groningen"), decisionEvent.Decision.Remedy);
    }

    [Theory]
    [InlineData("""{"termWeeks": 6}""", EventErrorCodes.RemedyKindMissing, "/data/decision/remedy/kind")]
    [InlineData("""{"kind": "bezwaar"}""", EventErrorCodes.RemedyKindUnknownValue, "/data/decision/remedy/kind")]
    [InlineData("""{"kind": "appeal"}""", EventErrorCodes.RemedyToMissing, "/data/decision/remedy/to")]
    [InlineData("""{"kind": "appeal", "to": " "}""", EventErrorCodes.RemedyToEmpty, "/data/decision/remedy/to")]
    [InlineData("""{"kind": "objection", "termWeeks": 0}""", EventErrorCodes.RemedyTermWeeksInvalid, "/data/decision/remedy/termWeeks")]
    [InlineData("""{"kind": "objection", "termWeeks": 53}""", EventErrorCodes.RemedyTermWeeksInvalid, "/data/decision/remedy/termWeeks")]
    [InlineData("""{"kind": "objection", "termWeeks": 6.5}""", EventErrorCodes.RemedyTermWeeksInvalid, "/data/decision/remedy/termWeeks")]
    [InlineData("""{"kind": "objection", "termWeeks": "6"}""", EventErrorCodes.RemedyTermWeeksWrongType, "/data/decision/remedy/termWeeks")]
    [InlineData("""{"kind": "objection", "termStartsOn": "received"}""", EventErrorCodes.RemedyTermStartsOnUnknownValue, "/data/decision/remedy/termStartsOn")]
    [InlineData("""{"kind": "objection", "post": 12}""", EventErrorCodes.RemedyPostWrongType, "/data/decision/remedy/post")]
    [InlineData("""["objection"]""", EventErrorCodes.DecisionRemedyWrongType, "/data/decision/remedy")]
    public void Validate_ReportsEachBrokenRuleOfTheRemedyAtItsField(string remedy, string code, string path)
    {
        var result = Validate(Tree(Automated).With("/data/decision/remedy", JsonNode.Parse(remedy)));

        Assert.Equal([(code, path)], result.Problems.Select(p => (p.Code, p.Path)));
        Assert.Null(result.Event);
    }

    [Theory]
    [InlineData("objection")]
    [InlineData("appeal")]
    public void Validate_RejectsARemedyAgainstADecisionWithoutLegalEffect(string kind)
    {
        var tree = Tree(Automated)
            .With("/data/decision/legalEffect", false)
            .With("/data/decision/remedy", new JsonObject { ["kind"] = kind, ["to"] = "de rechtbank Noord-Nederland" });

        var problem = Assert.Single(Validate(tree).Problems);

        Assert.Equal((EventErrorCodes.RemedyWithoutLegalEffect, "/data/decision/remedy/kind"), (problem.Code, problem.Path));
        Assert.Contains("Awb 1:3", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-31", "exists on the calendar")]
    [InlineData("19-11-2026", "exists on the calendar")]
    [InlineData("2026-11-19", "before the date on the decision")]
    public void Validate_RejectsASentOnThatIsNoDateOrBeforeTheDecision(string sentOn, string message)
    {
        var tree = Tree(Automated).With("/data/decision/sentOn", sentOn);

        var problem = Assert.Single(Validate(tree).Problems);

        Assert.Equal((EventErrorCodes.DecisionSentOnInvalid, "/data/decision/sentOn"), (problem.Code, problem.Path));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"BRP\"", EventErrorCodes.DataRegisterUnknownValue)]
    [InlineData("\"kentekenregister\"", EventErrorCodes.DataRegisterUnknownValue)]
    [InlineData("1", EventErrorCodes.DataRegisterWrongType)]
    public void Validate_RejectsARegisterThatIsNotABaseRegister(string register, string code)
    {
        var result = Validate(Tree(Automated).With("/data/data/0/register", JsonNode.Parse(register)));

        Assert.Equal([(code, "/data/data/0/register")], result.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public void Validate_RequiresGeneratedTextForItsDetails()
    {
        var result = Validate(Tree(GeneratedText).With("/data/generatedText", false));

        Assert.Equal([(EventErrorCodes.GeneratedTextDetailsWithoutGeneratedText, "/data/generatedTextDetails")], result.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public void Validate_AcceptsDetailsOfTextByATextGenerationAlgorithm()
    {
        var tree = Tree(GeneratedText)
            .With("/data/generatedText", false)
            .With("/data/algorithms/0/role", "text-generation")
            .With("/data/generatedTextDetails/producedBy", "59324629");

        Assert.Equal("59324629", Validate(tree).Event!.GeneratedTextDetails!.ProducedBy!.Value.Value);
    }

    [Theory]
    [InlineData("/data/generatedTextDetails/producedBy", "\"63712924\"", EventErrorCodes.GeneratedTextProducedByUnknown)]
    [InlineData("/data/generatedTextDetails/producedBy", "\"abc\"", EventErrorCodes.GeneratedTextProducedByInvalid)]
    [InlineData("/data/generatedTextDetails/what", "\"\"", EventErrorCodes.GeneratedTextWhatEmpty)]
    [InlineData("/data/generatedTextDetails/checkedByPerson", "\"ja\"", EventErrorCodes.GeneratedTextCheckedByPersonWrongType)]
    public void Validate_ReportsEachBrokenRuleOfTheGeneratedTextDetailsAtItsField(string path, string json, string code)
    {
        var result = Validate(Tree(GeneratedText).With(path, JsonNode.Parse(json)));

        Assert.Equal([(code, path)], result.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public void Validate_RequiresWhatAndCheckedByPersonInTheDetails()
    {
        var result = Validate(Tree(GeneratedText).With("/data/generatedTextDetails", new JsonObject()));

        Assert.Equal(
            [(EventErrorCodes.GeneratedTextWhatMissing, "/data/generatedTextDetails/what"), (EventErrorCodes.GeneratedTextCheckedByPersonMissing, "/data/generatedTextDetails/checkedByPerson")],
            result.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public void Validate_KnowsWhetherTheEventStatedARiskClassificationAtAll()
    {
        Assert.True(Validate(Tree(RiskSupported).With("/data/riskClassification", new JsonObject { ["applied"] = false })).Event!.RiskClassificationStated);
        Assert.False(Validate(Tree(Parking)).Event!.RiskClassificationStated);
    }

    private EventValidationResult Validate(JsonObject tree) => _validator.Validate(tree.ToBytes());
}
