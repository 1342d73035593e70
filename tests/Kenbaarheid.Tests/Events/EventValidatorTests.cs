using System.Text;
using System.Text.Json.Nodes;
using Kenbaarheid.Events;
using static Kenbaarheid.Tests.Events.SampleEvents;

namespace Kenbaarheid.Tests.Events;

public sealed class EventValidatorTests
{
    private const string Bsn = "111222333";

    /// <summary>Valid lars values (correct check digits), for lists of many algorithms.</summary>
    private static readonly string[] ValidLars =
        ["11111115", "11111128", "11111131", "11111144", "11111157", "11111160", "11111173", "11111186", "11111199", "11111216", "11111229"];

    private readonly EventValidator _validator = new(TestAgencies.Directory);

    public static TheoryData<string> ValidSamples => [.. SampleEvents.Valid];

    // Samples

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public void Validate_AcceptsEveryValidSample(string sample)
    {
        var result = Validate(Bytes(sample));

        Assert.Empty(result.Problems);
        Assert.True(result.IsValid);
        Assert.NotNull(result.Event);
    }

    [Fact]
    public void Validate_ReportsTheThreeProblemsOfSample90Together()
    {
        var result = Validate(Bytes(RejectedBsn));

        Assert.Null(result.Event);
        Assert.Equal(
            [
                (EventErrorCodes.RecipientRefIsBsn, "/data/recipient/ref"),
                (EventErrorCodes.AlgorithmLarsCheckDigit, "/data/algorithms/0/lars"),
                (EventErrorCodes.DataSourceMissing, "/data/data/0/source"),
            ],
            CodesAndPaths(result));
    }

    [Fact]
    public void Validate_ReportsTheRegimeProblemsOfSample91()
    {
        var result = Validate(Bytes(RejectedStrict));

        Assert.Equal(
            [
                (EventErrorCodes.StrictLegalBasisMissing, "/data/decision/legalBasis"),
                (EventErrorCodes.StrictParametersMissing, "/data/algorithms/0/parameters"),
                (EventErrorCodes.StrictOperationsMissing, "/data/algorithms/0/operations"),
            ],
            CodesAndPaths(result));
        Assert.All(result.Problems, problem => Assert.Contains("fr-strict", problem.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_AppliesRegimeRulesOnlyToFrStrictAgencies()
    {
        var result = Validate(Tree(RejectedStrict).With("/data/agency/id", TestAgencies.BaselineBody));

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_RequiresLegalBasisParametersAndOperationsUnderFrStrictEvenWhenSentEmpty()
    {
        var result = Validate(Tree(Automated)
            .With("/data/decision/legalBasis", new JsonArray())
            .With("/data/algorithms/0/parameters", new JsonArray())
            .With("/data/algorithms/0/operations", new JsonArray()));

        Assert.Equal(
            [EventErrorCodes.StrictLegalBasisMissing, EventErrorCodes.StrictParametersMissing, EventErrorCodes.StrictOperationsMissing],
            Codes(result));
    }

    [Fact]
    public void Validate_ChecksRegimeRulesForEveryAlgorithm()
    {
        var tree = Tree(Automated);
        tree.At("/data/algorithms").AsArray().Add(new JsonObject { ["lars"] = ValidLars[0], ["role"] = "other", ["weight"] = "advisory" });

        var result = Validate(tree);

        Assert.Equal(
            [(EventErrorCodes.StrictParametersMissing, "/data/algorithms/1/parameters"), (EventErrorCodes.StrictOperationsMissing, "/data/algorithms/1/operations")],
            CodesAndPaths(result));
    }

    // Mapping and defaults

    [Fact]
    public void Validate_MapsSample02ToTheDomain()
    {
        var decisionEvent = Validate(Bytes(RiskSupported)).Event!;

        Assert.Equal("evt-2026-11-20-000002", decisionEvent.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 10, 40, 0, TimeSpan.Zero), decisionEvent.Time);
        Assert.Equal("HT-2027-000456", decisionEvent.Decision.Id.Value);
        Assert.Equal(new DateOnly(2026, 11, 19), decisionEvent.Decision.Date);
        Assert.Equal(2, decisionEvent.Decision.LegalBasis.Count);
        Assert.Equal(Involvement.Supported, decisionEvent.Involvement);
        Assert.Equal(new HumanReview(true, "medewerker toeslagen", true), decisionEvent.HumanReview);
        Assert.Equal(AlgorithmRole.RiskAssessment, decisionEvent.Algorithms[0].Role);
        Assert.Equal(ContributionWeight.Partial, decisionEvent.Algorithms[0].Weight);
        Assert.Equal(["0.45", "0.2"], decisionEvent.Algorithms[0].Parameters.Select(parameter => parameter.Weight));
        Assert.Equal("doorslaggevend", decisionEvent.Algorithms[1].Parameters[0].Weight);
        Assert.Null(decisionEvent.Algorithms[1].Explanation);
        Assert.Null(decisionEvent.Data[2].Value);
        Assert.Equal(Lars.Parse("61941276"), decisionEvent.RiskClassification!.ProducedBy);
        Assert.True(decisionEvent.Profiling);
        Assert.False(decisionEvent.GeneratedText);
    }

    [Fact]
    public void Validate_FillsDefaultsForOmittedOptionalFields()
    {
        var result = Validate(Tree(Automated)
            .Without("/subject")
            .Without("/datacontenttype")
            .Without("/data/decision/revision")
            .Without("/data/decision/legalEffect")
            .Without("/data/decision/discretion")
            .Without("/data/decision/motivationRef")
            .Without("/data/decision/letterRef")
            .Without("/data/recipient/language"));

        var decisionEvent = result.Event!;
        Assert.Equal(1, decisionEvent.Decision.Revision);
        Assert.True(decisionEvent.Decision.LegalEffect);
        Assert.Equal(Discretion.Bound, decisionEvent.Decision.Discretion);
        Assert.Null(decisionEvent.Decision.MotivationRef);
        Assert.Null(decisionEvent.Recipient.Language);
        Assert.Null(decisionEvent.Subject);
        Assert.False(decisionEvent.Profiling);
        Assert.False(decisionEvent.GeneratedText);
        Assert.Null(decisionEvent.RiskClassification);
        Assert.Null(decisionEvent.HumanReview);
    }

    [Fact]
    public void Validate_TreatsBlankOptionalTextAsAbsent()
    {
        var decisionEvent = Validate(Tree(Automated).With("/data/decision/motivationRef", "   ").With("/data/data/0/value", "")).Event!;

        Assert.Null(decisionEvent.Decision.MotivationRef);
        Assert.Null(decisionEvent.Data[0].Value);
    }

    [Fact]
    public void Validate_IgnoresUnknownFields()
    {
        var tree = Tree(RiskSupported)
            .With("/nlgovextension", "x")
            .With("/data/futureField", new JsonObject { ["nested"] = new JsonArray(1, 2) })
            .With("/data/decision/extra", true)
            .With("/data/algorithms/0/extra", 3)
            .With("/data/algorithms/0/parameters/0/extra", "x")
            .With("/data/data/0/extra", JsonValue.Create((string?)null))
            .With("/data/riskClassification/extra", "x");

        Assert.True(Validate(tree).IsValid);
    }

    // Identity

    [Fact]
    public void Validate_ReadsTheIdentityOfAnInvalidEvent()
    {
        var identity = Validate(Bytes(RejectedBsn)).Identity;

        Assert.Equal(new EventIdentity("evt-2026-11-22-000090", "gm9999", "HT-2027-000999", 1), identity);
    }

    [Fact]
    public void Validate_ReadsTheRevisionIntoTheIdentity()
    {
        Assert.Equal(2, Validate(Bytes(Woz)).Identity.Revision);
    }

    [Fact]
    public void Validate_LeavesIdentityValuesOutWhenTheyAreNotStringsOrIntegers()
    {
        var identity = Validate(Tree(Automated).With("/id", 5).With("/data/agency/id", new JsonArray()).With("/data/decision/revision", "2")).Identity;

        Assert.Equal(new EventIdentity(null, null, "HT-2027-000123", null), identity);
    }

    [Fact]
    public void Validate_ReturnsAnUnknownIdentityForBytesThatAreNotJson()
    {
        Assert.Equal(EventIdentity.Unknown, Validate("not json"u8.ToArray()).Identity);
    }

    [Fact]
    public void Validate_ReadsTheIdentityOfAnEventWithDuplicateProperties()
    {
        var json = Encoding.UTF8.GetString(Bytes(Automated)).Replace("\"specversion\": \"1.0\",", "\"specversion\": \"1.0\", \"specversion\": \"1.0\",", StringComparison.Ordinal);

        var result = Validate(Encoding.UTF8.GetBytes(json));

        Assert.Equal(EventErrorCodes.EventDuplicateProperty, Assert.Single(result.Problems).Code);
        Assert.Equal("evt-2026-11-20-000001", result.Identity.EventId);
    }

    // The whole event

    [Fact]
    public void Validate_AcceptsAnEventOfExactly256KiB()
    {
        var bytes = PadTo(Bytes(Automated), EventDocumentParser.MaxEventBytes);

        Assert.True(Validate(bytes).IsValid);
    }

    [Fact]
    public void Validate_RejectsAnEventOneByteOver256KiB()
    {
        var result = Validate(PadTo(Bytes(Automated), EventDocumentParser.MaxEventBytes + 1));

        var problem = Assert.Single(result.Problems);
        Assert.Equal((EventErrorCodes.EventTooLarge, ""), (problem.Code, problem.Path));
        Assert.Contains("262144", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"a\":1,}")]
    [InlineData("{\"a\":1} x")]
    [InlineData("// comment\n{}")]
    [InlineData("{'a':1}")]
    public void Validate_RejectsTextThatIsNotJson(string text)
    {
        var problem = Assert.Single(Validate(Encoding.UTF8.GetBytes(text)).Problems);

        Assert.Equal((EventErrorCodes.EventNotJson, ""), (problem.Code, problem.Path));
        Assert.Contains("line 1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GivesTheLineAndByteWhereTheJsonBreaks()
    {
        var problem = Assert.Single(Validate("{\n  \"a\": 1,\n  \"b\": ]\n}"u8.ToArray()).Problems);

        Assert.Contains("line 3, byte 8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RejectsInvalidUtf8()
    {
        byte[] bytes = [.. "{\"id\":\"a"u8, 0xC3, 0x28, .. "\"}"u8];

        var problem = Assert.Single(Validate(bytes).Problems);

        Assert.Equal(EventErrorCodes.EventNotJson, problem.Code);
        Assert.Contains("UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.Contains("line 1, byte 9", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RejectsJsonNestedDeeperThan64Levels()
    {
        var deep = new string('[', 65) + new string(']', 65);

        Assert.Equal(EventErrorCodes.EventNotJson, Assert.Single(Validate(Encoding.UTF8.GetBytes(deep)).Problems).Code);
    }

    [Fact]
    public void Validate_AcceptsAUtf8ByteOrderMark()
    {
        Assert.True(Validate([0xEF, 0xBB, 0xBF, .. Bytes(Automated)]).IsValid);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("\"event\"")]
    [InlineData("null")]
    public void Validate_RejectsJsonThatIsNotAnObject(string json)
    {
        var problem = Assert.Single(Validate(Encoding.UTF8.GetBytes(json)).Problems);

        Assert.Equal((EventErrorCodes.EventNotObject, ""), (problem.Code, problem.Path));
    }

    [Fact]
    public void Validate_RejectsARepeatedPropertyWithThePointerOfTheRepeat()
    {
        var json = Encoding.UTF8.GetString(Bytes(Automated)).Replace("\"revision\": 1,", "\"revision\": 1, \"revision\": 2,", StringComparison.Ordinal);

        var problem = Assert.Single(Validate(Encoding.UTF8.GetBytes(json)).Problems);

        Assert.Equal((EventErrorCodes.EventDuplicateProperty, "/data/decision/revision"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Validate_SeesEscapedAndPlainNamesAsTheSameProperty()
    {
        var problem = Assert.Single(Validate("{\"id\":\"a\",\"\\u0069d\":\"b\"}"u8.ToArray()).Problems);

        Assert.Equal((EventErrorCodes.EventDuplicateProperty, "/id"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Validate_EscapesTildeAndSlashInPointers()
    {
        var problem = Assert.Single(Validate("{\"x\":{\"a/b~c\":1,\"a/b~c\":2}}"u8.ToArray()).Problems);

        Assert.Equal("/x/a~1b~0c", problem.Path);
    }

    [Fact]
    public void Validate_RejectsAnUnpairedSurrogateEscapeWithItsPointer()
    {
        var json = Encoding.UTF8.GetString(Bytes(Automated)).Replace("Huurtoeslag 2027\"", "Huurtoeslag \\ud800 2027\"", StringComparison.Ordinal);

        var problem = Assert.Single(Validate(Encoding.UTF8.GetBytes(json)).Problems);

        Assert.Equal((EventErrorCodes.EventUnpairedSurrogate, "/data/decision/type"), (problem.Code, problem.Path));
    }

    [Theory]
    [InlineData("{\"\\udc00\":1}")]
    [InlineData("{\"a\":[\"\\ud800\\u0041\"]}")]
    [InlineData("{\"a\":\"\\ud800\"}")]
    public void Validate_RejectsUnpairedSurrogatesInNamesAndValues(string json)
    {
        Assert.Equal(EventErrorCodes.EventUnpairedSurrogate, Assert.Single(Validate(Encoding.UTF8.GetBytes(json)).Problems).Code);
    }

    [Fact]
    public void Validate_AcceptsAnEscapedSurrogatePair()
    {
        var json = Encoding.UTF8.GetString(Bytes(Automated)).Replace("Huurtoeslag 2027\"", "Huurtoeslag \\ud83d\\ude00 2027\"", StringComparison.Ordinal);

        var result = Validate(Encoding.UTF8.GetBytes(json));

        Assert.Equal("Huurtoeslag 😀 2027", result.Event!.Decision.Type);
    }

    // All problems at once, in document order

    /// <summary>A missing field has no place in the document, so it comes after the fields present beside it.</summary>
    [Fact]
    public void Validate_ReportsEveryProblemAtOnceInDocumentOrder()
    {
        var tree = Tree(RiskSupported)
            .With("/specversion", "0.3")
            .Without("/time")
            .With("/data/decision/purpose", "")
            .With("/data/decision/discretion", "Bound")
            .With("/data/recipient/ref", Bsn)
            .With("/data/involvement", "manual")
            .With("/data/algorithms/1/lars", "61941276")
            .With("/data/data/1/personal", "true")
            .With("/data/riskClassification/producedBy", "11111115");

        Assert.Equal(
            [
                (EventErrorCodes.SpecversionUnknownValue, "/specversion"),
                (EventErrorCodes.DecisionPurposeEmpty, "/data/decision/purpose"),
                (EventErrorCodes.DecisionDiscretionUnknownValue, "/data/decision/discretion"),
                (EventErrorCodes.RecipientRefIsBsn, "/data/recipient/ref"),
                (EventErrorCodes.InvolvementUnknownValue, "/data/involvement"),
                (EventErrorCodes.AlgorithmLarsDuplicate, "/data/algorithms/1/lars"),
                (EventErrorCodes.DataPersonalWrongType, "/data/data/1/personal"),
                (EventErrorCodes.RiskProducedByUnknown, "/data/riskClassification/producedBy"),
                (EventErrorCodes.TimeMissing, "/time"),
            ],
            CodesAndPaths(result: Validate(tree)));
    }

    [Fact]
    public void Validate_OrdersProblemsAsTheFieldsStandInTheSentJson()
    {
        var tree = Tree(Parking).With("/type", "wrong");
        var data = tree.At("/data");
        tree.Remove("data");
        var reordered = new JsonObject { ["data"] = data };
        foreach (var (name, value) in tree.ToList())
        {
            tree.Remove(name);
            reordered[name] = value;
        }

        reordered.With("/data/recipient/language", "NL");

        Assert.Equal(["/data/recipient/language", "/type"], Validate(reordered).Problems.Select(problem => problem.Path));
    }

    [Fact]
    public void Validate_ReportsAMissingFieldAfterItsPresentSiblings()
    {
        var tree = Tree(Parking).Without("/data/decision/type").With("/data/decision/discretion", "x");

        Assert.Equal(
            [EventErrorCodes.DecisionDiscretionUnknownValue, EventErrorCodes.DecisionTypeMissing],
            Codes(Validate(tree)));
    }

    // Envelope

    [Theory]
    [InlineData("/specversion", EventErrorCodes.SpecversionMissing)]
    [InlineData("/id", EventErrorCodes.EventIdMissing)]
    [InlineData("/source", EventErrorCodes.SourceMissing)]
    [InlineData("/type", EventErrorCodes.TypeMissing)]
    [InlineData("/time", EventErrorCodes.TimeMissing)]
    [InlineData("/data", EventErrorCodes.EventDataMissing)]
    [InlineData("/data/decision", EventErrorCodes.DecisionMissing)]
    [InlineData("/data/decision/id", EventErrorCodes.DecisionIdMissing)]
    [InlineData("/data/decision/date", EventErrorCodes.DecisionDateMissing)]
    [InlineData("/data/decision/type", EventErrorCodes.DecisionTypeMissing)]
    [InlineData("/data/decision/purpose", EventErrorCodes.DecisionPurposeMissing)]
    [InlineData("/data/decision/outcome", EventErrorCodes.DecisionOutcomeMissing)]
    [InlineData("/data/decision/legalBasis/0/title", EventErrorCodes.LegalBasisTitleMissing)]
    [InlineData("/data/agency", EventErrorCodes.AgencyMissing)]
    [InlineData("/data/agency/id", EventErrorCodes.AgencyIdMissing)]
    [InlineData("/data/recipient", EventErrorCodes.RecipientMissing)]
    [InlineData("/data/recipient/ref", EventErrorCodes.RecipientRefMissing)]
    [InlineData("/data/involvement", EventErrorCodes.InvolvementMissing)]
    [InlineData("/data/algorithms", EventErrorCodes.AlgorithmsMissing)]
    [InlineData("/data/algorithms/0/lars", EventErrorCodes.AlgorithmLarsMissing)]
    [InlineData("/data/algorithms/0/role", EventErrorCodes.AlgorithmRoleMissing)]
    [InlineData("/data/algorithms/0/weight", EventErrorCodes.AlgorithmWeightMissing)]
    [InlineData("/data/algorithms/0/parameters/0/name", EventErrorCodes.ParameterNameMissing)]
    [InlineData("/data/algorithms/0/parameters/0/effect", EventErrorCodes.ParameterEffectMissing)]
    [InlineData("/data/data", EventErrorCodes.DataMissing)]
    [InlineData("/data/data/0/category", EventErrorCodes.DataCategoryMissing)]
    [InlineData("/data/data/0/source", EventErrorCodes.DataSourceMissing)]
    [InlineData("/data/data/0/personal", EventErrorCodes.DataPersonalMissing)]
    [InlineData("/data/data/0/special", EventErrorCodes.DataSpecialMissing)]
    public void Validate_ReportsAMissingRequiredField(string path, string code)
    {
        var problems = Validate(Tree(Automated).Without(path)).Problems;

        Assert.Equal((code, path), (problems[0].Code, problems[0].Path));
        Assert.DoesNotContain(problems.Skip(1), problem => problem.Code.EndsWith("_MISSING", StringComparison.Ordinal) && !problem.Code.StartsWith("STRICT_", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/data/humanReview/performed", EventErrorCodes.HumanReviewPerformedMissing)]
    [InlineData("/data/humanReview/role", EventErrorCodes.HumanReviewRoleMissing)]
    [InlineData("/data/humanReview/canDeviate", EventErrorCodes.HumanReviewCanDeviateMissing)]
    [InlineData("/data/riskClassification/applied", EventErrorCodes.RiskAppliedMissing)]
    [InlineData("/data/riskClassification/label", EventErrorCodes.RiskLabelMissing)]
    [InlineData("/data/riskClassification/producedBy", EventErrorCodes.RiskProducedByMissing)]
    [InlineData("/data/riskClassification/consequence", EventErrorCodes.RiskConsequenceMissing)]
    [InlineData("/data/riskClassification/affectedOutcome", EventErrorCodes.RiskAffectedOutcomeMissing)]
    public void Validate_ReportsAMissingHumanReviewOrRiskField(string path, string code)
    {
        AssertSingle(Validate(Tree(RiskSupported).Without(path)), code, path);
    }

    [Theory]
    [InlineData("/specversion", "1.1", EventErrorCodes.SpecversionUnknownValue)]
    [InlineData("/specversion", "", EventErrorCodes.SpecversionUnknownValue)]
    [InlineData("/type", "nl.kenbaarheid.decision.v2", EventErrorCodes.TypeUnknownValue)]
    [InlineData("/type", "NL.KENBAARHEID.DECISION.V1", EventErrorCodes.TypeUnknownValue)]
    [InlineData("/datacontenttype", "text/plain", EventErrorCodes.DatacontenttypeUnknownValue)]
    [InlineData("/datacontenttype", "application/json; charset=utf-8", EventErrorCodes.DatacontenttypeUnknownValue)]
    [InlineData("/source", "urn:has space", EventErrorCodes.SourceInvalid)]
    [InlineData("/source", "  ", EventErrorCodes.SourceEmpty)]
    [InlineData("/id", " ", EventErrorCodes.EventIdEmpty)]
    [InlineData("/subject", "HT-2027-000999", EventErrorCodes.SubjectInvalid)]
    public void Validate_ChecksEnvelopeValues(string path, string value, string code)
    {
        AssertSingle(Validate(Tree(Automated).With(path, value)), code, path);
    }

    [Theory]
    [InlineData("2026-11-20T09:12:00Z")]
    [InlineData("2026-11-20t09:12:00z")]
    [InlineData("2026-11-20T10:12:00+01:00")]
    [InlineData("2026-11-20T04:12:00-05:00")]
    [InlineData("2026-11-20T09:12:00.5Z")]
    [InlineData("2026-11-20T09:12:00.123456789+00:00")]
    public void Validate_AcceptsRfc3339Timestamps(string time)
    {
        Assert.True(Validate(Tree(Automated).With("/time", time)).IsValid);
    }

    [Theory]
    [InlineData("2026-11-20T09:12:00")]
    [InlineData("2026-11-20 09:12:00Z")]
    [InlineData("2026-11-20")]
    [InlineData("2026-02-30T09:12:00Z")]
    [InlineData("2026-11-20T24:00:00Z")]
    [InlineData("2026-11-20T09:12:00+0100")]
    [InlineData("2026-11-20T09:12:00Z\n")]
    [InlineData("20 november 2026")]
    public void Validate_RejectsTimesThatAreNotRfc3339WithAnOffset(string time)
    {
        AssertSingle(Validate(Tree(Automated).With("/time", time)), EventErrorCodes.TimeInvalid, "/time");
    }

    [Fact]
    public void Validate_KeepsTheOffsetOfTheTime()
    {
        var decisionEvent = Validate(Tree(Automated).With("/time", "2026-11-20T10:12:00+01:00")).Event!;

        Assert.Equal(TimeSpan.FromHours(1), decisionEvent.Time.Offset);
    }

    [Fact]
    public void Validate_RejectsDataThatIsNotAnObject()
    {
        AssertSingle(Validate(Tree(Automated).With("/data", "x")), EventErrorCodes.EventDataWrongType, "/data");
    }

    // Decision

    [Theory]
    [InlineData("a")]
    [InlineData("HT-2027-000123")]
    [InlineData("_x.y-z")]
    [InlineData("2027.1")]
    public void Validate_AcceptsDecisionIds(string id)
    {
        Assert.True(Validate(Tree(Automated).With("/data/decision/id", id).With("/subject", id)).IsValid);
    }

    [Theory]
    [InlineData(".hidden")]
    [InlineData("a/b")]
    [InlineData("a b")]
    [InlineData("ä")]
    [InlineData("abc\n")]
    public void Validate_RejectsDecisionIdsThatCannotBeAPathSegment(string id)
    {
        AssertSingle(Validate(Tree(Automated).With("/data/decision/id", id).Without("/subject")), EventErrorCodes.DecisionIdInvalid, "/data/decision/id");
    }

    [Fact]
    public void Validate_AcceptsADecisionIdOfExactly100Characters()
    {
        var id = new string('a', 100);

        Assert.True(Validate(Tree(Automated).With("/data/decision/id", id).With("/subject", id)).IsValid);
    }

    [Fact]
    public void Validate_RejectsADecisionIdOf101Characters()
    {
        AssertSingle(Validate(Tree(Automated).With("/data/decision/id", new string('a', 101)).Without("/subject")), EventErrorCodes.DecisionIdTooLong, "/data/decision/id");
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("7", 7)]
    [InlineData("1.0", 1)]
    [InlineData("2e0", 2)]
    [InlineData("2147483647", int.MaxValue)]
    public void Validate_AcceptsWholeRevisionsFromOne(string json, int expected)
    {
        var decisionEvent = Validate(Tree(Automated).With("/data/decision/revision", JsonNode.Parse(json))).Event!;

        Assert.Equal(expected, decisionEvent.Decision.Revision);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("2147483648")]
    [InlineData("1e400")]
    public void Validate_RejectsRevisionsThatAreNotWholeNumbersFromOne(string json)
    {
        AssertSingle(Validate(Tree(Automated).With("/data/decision/revision", JsonNode.Parse(json))), EventErrorCodes.DecisionRevisionInvalid, "/data/decision/revision");
    }

    [Fact]
    public void Validate_RejectsARevisionSentAsText()
    {
        AssertSingle(Validate(Tree(Automated).With("/data/decision/revision", "2")), EventErrorCodes.DecisionRevisionWrongType, "/data/decision/revision");
    }

    [Theory]
    [InlineData("2026-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("20261120")]
    [InlineData("2026-1-5")]
    [InlineData("2026-11-20T00:00:00Z")]
    public void Validate_RejectsDatesThatAreNotRealIsoDates(string date)
    {
        AssertSingle(Validate(Tree(Automated).With("/data/decision/date", date)), EventErrorCodes.DecisionDateInvalid, "/data/decision/date");
    }

    [Fact]
    public void Validate_AcceptsALeapDay()
    {
        Assert.Equal(new DateOnly(2028, 2, 29), Validate(Tree(Automated).With("/data/decision/date", "2028-02-29")).Event!.Decision.Date);
    }

    [Theory]
    [InlineData("http://wetten.overheid.nl/BWBR0008659")]
    [InlineData("wetten.overheid.nl/BWBR0008659")]
    [InlineData("/BWBR0008659")]
    [InlineData("https://")]
    [InlineData("https://wetten.overheid.nl/a b")]
    [InlineData("")]
    public void Validate_RejectsLegalBasisLinksThatAreNotAbsoluteHttpsUrls(string link)
    {
        AssertSingle(Validate(Tree(Automated).With("/data/decision/legalBasis/0/link", link)), EventErrorCodes.LegalBasisLinkInvalid, "/data/decision/legalBasis/0/link");
    }

    [Fact]
    public void Validate_AcceptsALegalBasisWithoutLink()
    {
        var decisionEvent = Validate(Tree(Automated).Without("/data/decision/legalBasis/0/link")).Event!;

        Assert.Null(decisionEvent.Decision.LegalBasis[0].Link);
    }

    [Fact]
    public void Validate_AcceptsAnyNumberOfLegalBases()
    {
        var bases = new JsonArray([.. Enumerable.Range(0, 60).Select(i => (JsonNode)new JsonObject { ["title"] = $"Wet {i}" })]);

        Assert.Equal(60, Validate(Tree(Automated).With("/data/decision/legalBasis", bases)).Event!.Decision.LegalBasis.Count);
    }

    [Fact]
    public void Validate_RejectsALegalBasisThatIsNotAnObject()
    {
        AssertSingle(Validate(Tree(Automated).With("/data/decision/legalBasis/0", "Wet op de huurtoeslag")), EventErrorCodes.LegalBasisWrongType, "/data/decision/legalBasis/0");
    }

    // Lengths: exactly at the limit is fine, one over is not

    public static TheoryData<string, int, string> TextLimits => new()
    {
        { "/id", 200, EventErrorCodes.EventIdTooLong },
        { "/data/decision/type", 200, EventErrorCodes.DecisionTypeTooLong },
        { "/data/decision/purpose", 1000, EventErrorCodes.DecisionPurposeTooLong },
        { "/data/decision/outcome", 1000, EventErrorCodes.DecisionOutcomeTooLong },
        { "/data/decision/legalBasis/0/title", 200, EventErrorCodes.LegalBasisTitleTooLong },
        { "/data/decision/motivationRef", 300, EventErrorCodes.DecisionMotivationRefTooLong },
        { "/data/decision/letterRef", 100, EventErrorCodes.DecisionLetterRefTooLong },
        { "/data/recipient/ref", 100, EventErrorCodes.RecipientRefTooLong },
        { "/data/humanReview/role", 100, EventErrorCodes.HumanReviewRoleTooLong },
        { "/data/algorithms/0/version", 50, EventErrorCodes.AlgorithmVersionTooLong },
        { "/data/algorithms/0/explanation", 1000, EventErrorCodes.AlgorithmExplanationTooLong },
        { "/data/algorithms/0/parameters/0/name", 200, EventErrorCodes.ParameterNameTooLong },
        { "/data/algorithms/0/parameters/0/value", 200, EventErrorCodes.ParameterValueTooLong },
        { "/data/algorithms/0/parameters/0/effect", 500, EventErrorCodes.ParameterEffectTooLong },
        { "/data/algorithms/0/parameters/0/weight", 50, EventErrorCodes.ParameterWeightTooLong },
        { "/data/algorithms/0/operations/0", 300, EventErrorCodes.OperationTooLong },
        { "/data/data/0/category", 200, EventErrorCodes.DataCategoryTooLong },
        { "/data/data/0/source", 200, EventErrorCodes.DataSourceTooLong },
        { "/data/data/0/value", 200, EventErrorCodes.DataValueTooLong },
        { "/data/riskClassification/label", 200, EventErrorCodes.RiskLabelTooLong },
        { "/data/riskClassification/consequence", 500, EventErrorCodes.RiskConsequenceTooLong },
    };

    [Theory]
    [MemberData(nameof(TextLimits))]
    public void Validate_AcceptsTextOfExactlyTheLimit(string path, int limit, string code)
    {
        var result = Validate(Tree(RiskSupported).With(path, new string('x', limit)));

        Assert.DoesNotContain(result.Problems, problem => problem.Code == code);
        Assert.True(result.IsValid);
    }

    [Theory]
    [MemberData(nameof(TextLimits))]
    public void Validate_RejectsTextOneCharacterOverTheLimit(string path, int limit, string code)
    {
        var problem = AssertSingle(Validate(Tree(RiskSupported).With(path, new string('x', limit + 1))), code, path);

        Assert.Contains(limit.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CountsLengthsInUnicodeCharactersNotUtf16Units()
    {
        var emoji = string.Concat(Enumerable.Repeat("😀", 200));

        Assert.True(Validate(Tree(Automated).With("/data/decision/type", emoji)).IsValid);
        AssertSingle(Validate(Tree(Automated).With("/data/decision/type", emoji + "😀")), EventErrorCodes.DecisionTypeTooLong, "/data/decision/type");
    }

    [Fact]
    public void Validate_LimitsANumericParameterWeightTo50CharactersOfJsonText()
    {
        var fifty = JsonNode.Parse("0." + new string('1', 48));
        var fiftyOne = JsonNode.Parse("0." + new string('1', 49));

        Assert.True(Validate(Tree(Automated).With("/data/algorithms/0/parameters/0/weight", fifty)).IsValid);
        AssertSingle(Validate(Tree(Automated).With("/data/algorithms/0/parameters/0/weight", fiftyOne)), EventErrorCodes.ParameterWeightTooLong, "/data/algorithms/0/parameters/0/weight");
    }

    // Control characters

    [Theory]
    [InlineData("\r")]
    [InlineData("\0")]
    [InlineData("\u0007")]
    [InlineData("\u001B")]
    [InlineData("\u007F")]
    [InlineData("\u0085")]
    [InlineData("\u009F")]
    public void Validate_RejectsControlCharactersInText(string control)
    {
        var problem = AssertSingle(Validate(Tree(Automated).With("/data/decision/outcome", $"Toegekend.{control}Zie de brief.")), EventErrorCodes.DecisionOutcomeControlCharacter, "/data/decision/outcome");

        Assert.Contains($"U+{(int)control[0]:X4}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AllowsNewlineAndTabInText()
    {
        Assert.Equal("Regel 1\nRegel\t2", Validate(Tree(Automated).With("/data/decision/outcome", "Regel 1\nRegel\t2")).Event!.Decision.Outcome);
    }

    [Theory]
    [InlineData("/id", EventErrorCodes.EventIdControlCharacter)]
    [InlineData("/data/recipient/ref", EventErrorCodes.RecipientRefControlCharacter)]
    [InlineData("/data/algorithms/0/operations/1", EventErrorCodes.OperationControlCharacter)]
    [InlineData("/data/algorithms/0/parameters/0/weight", EventErrorCodes.ParameterWeightControlCharacter)]
    [InlineData("/data/data/2/value", EventErrorCodes.DataValueControlCharacter)]
    public void Validate_RejectsControlCharactersInEveryKindOfTextField(string path, string code)
    {
        AssertSingle(Validate(Tree(Automated).With(path, "a\r\nb")), code, path);
    }

    [Fact]
    public void Validate_ReportsTooLongAndControlCharacterOfOneFieldTogether()
    {
        var result = Validate(Tree(Automated).With("/data/decision/type", new string('x', 201) + "\r"));

        Assert.Equal([EventErrorCodes.DecisionTypeTooLong, EventErrorCodes.DecisionTypeControlCharacter], Codes(result));
    }

    // Empty text and wrong types

    [Theory]
    [InlineData("/data/decision/type", EventErrorCodes.DecisionTypeEmpty)]
    [InlineData("/data/decision/purpose", EventErrorCodes.DecisionPurposeEmpty)]
    [InlineData("/data/recipient/ref", EventErrorCodes.RecipientRefEmpty)]
    [InlineData("/data/algorithms/0/lars", EventErrorCodes.AlgorithmLarsEmpty)]
    [InlineData("/data/algorithms/0/operations/0", EventErrorCodes.OperationEmpty)]
    [InlineData("/data/data/0/source", EventErrorCodes.DataSourceEmpty)]
    [InlineData("/data/agency/id", EventErrorCodes.AgencyIdEmpty)]
    [InlineData("/data/decision/date", EventErrorCodes.DecisionDateEmpty)]
    public void Validate_RejectsRequiredTextThatIsBlank(string path, string code)
    {
        AssertSingle(Validate(Tree(Automated).With(path, " \n\t ")), code, path);
    }

    [Theory]
    [InlineData("/id", "1", EventErrorCodes.EventIdWrongType)]
    [InlineData("/specversion", "1.0", EventErrorCodes.SpecversionWrongType)]
    [InlineData("/subject", "null", EventErrorCodes.SubjectWrongType)]
    [InlineData("/data/decision", "[]", EventErrorCodes.DecisionWrongType)]
    [InlineData("/data/decision/purpose", "null", EventErrorCodes.DecisionPurposeWrongType)]
    [InlineData("/data/decision/motivationRef", "null", EventErrorCodes.DecisionMotivationRefWrongType)]
    [InlineData("/data/decision/legalBasis", "{}", EventErrorCodes.DecisionLegalBasisWrongType)]
    [InlineData("/data/decision/legalEffect", "\"true\"", EventErrorCodes.DecisionLegalEffectWrongType)]
    [InlineData("/data/decision/legalEffect", "1", EventErrorCodes.DecisionLegalEffectWrongType)]
    [InlineData("/data/decision/discretion", "0", EventErrorCodes.DecisionDiscretionWrongType)]
    [InlineData("/data/agency", "\"zb999901\"", EventErrorCodes.AgencyWrongType)]
    [InlineData("/data/recipient/ref", "12", EventErrorCodes.RecipientRefWrongType)]
    [InlineData("/data/recipient/language", "null", EventErrorCodes.RecipientLanguageWrongType)]
    [InlineData("/data/involvement", "[\"automated\"]", EventErrorCodes.InvolvementWrongType)]
    [InlineData("/data/algorithms", "{}", EventErrorCodes.AlgorithmsWrongType)]
    [InlineData("/data/algorithms/0", "\"63712924\"", EventErrorCodes.AlgorithmWrongType)]
    [InlineData("/data/algorithms/0/lars", "63712924", EventErrorCodes.AlgorithmLarsWrongType)]
    [InlineData("/data/algorithms/0/parameters", "\"x\"", EventErrorCodes.AlgorithmParametersWrongType)]
    [InlineData("/data/algorithms/0/parameters/0", "\"x\"", EventErrorCodes.ParameterWrongType)]
    [InlineData("/data/algorithms/0/parameters/0/weight", "true", EventErrorCodes.ParameterWeightWrongType)]
    [InlineData("/data/algorithms/0/parameters/0/weight", "null", EventErrorCodes.ParameterWeightWrongType)]
    [InlineData("/data/algorithms/0/operations", "\"x\"", EventErrorCodes.AlgorithmOperationsWrongType)]
    [InlineData("/data/algorithms/0/operations/0", "{}", EventErrorCodes.OperationWrongType)]
    [InlineData("/data/data", "{}", EventErrorCodes.DataWrongType)]
    [InlineData("/data/data/0", "[]", EventErrorCodes.DataItemWrongType)]
    [InlineData("/data/data/0/personal", "\"true\"", EventErrorCodes.DataPersonalWrongType)]
    [InlineData("/data/data/0/special", "0", EventErrorCodes.DataSpecialWrongType)]
    [InlineData("/data/data/0/value", "23400", EventErrorCodes.DataValueWrongType)]
    [InlineData("/data/riskClassification", "true", EventErrorCodes.RiskClassificationWrongType)]
    [InlineData("/data/profiling", "\"false\"", EventErrorCodes.ProfilingWrongType)]
    [InlineData("/data/generatedText", "null", EventErrorCodes.GeneratedTextWrongType)]
    [InlineData("/data/humanReview", "\"ja\"", EventErrorCodes.HumanReviewWrongType)]
    public void Validate_RejectsValuesOfTheWrongJsonType(string path, string json, string code)
    {
        AssertSingle(Validate(Tree(Automated).With(path, JsonNode.Parse(json))), code, path);
    }

    [Theory]
    [InlineData("/data/humanReview/performed", "\"yes\"", EventErrorCodes.HumanReviewPerformedWrongType)]
    [InlineData("/data/humanReview/canDeviate", "1", EventErrorCodes.HumanReviewCanDeviateWrongType)]
    [InlineData("/data/riskClassification/applied", "\"true\"", EventErrorCodes.RiskAppliedWrongType)]
    [InlineData("/data/riskClassification/affectedOutcome", "null", EventErrorCodes.RiskAffectedOutcomeWrongType)]
    [InlineData("/data/riskClassification/producedBy", "61941276", EventErrorCodes.RiskProducedByWrongType)]
    [InlineData("/data/riskClassification/label", "1", EventErrorCodes.RiskLabelWrongType)]
    public void Validate_RejectsHumanReviewAndRiskValuesOfTheWrongJsonType(string path, string json, string code)
    {
        AssertSingle(Validate(Tree(RiskSupported).With(path, JsonNode.Parse(json))), code, path);
    }

    // Enums

    [Theory]
    [InlineData("/data/involvement", "Automated", EventErrorCodes.InvolvementUnknownValue)]
    [InlineData("/data/involvement", "manual", EventErrorCodes.InvolvementUnknownValue)]
    [InlineData("/data/decision/discretion", "Bound", EventErrorCodes.DecisionDiscretionUnknownValue)]
    [InlineData("/data/algorithms/0/role", "risk_assessment", EventErrorCodes.AlgorithmRoleUnknownValue)]
    [InlineData("/data/algorithms/0/role", "", EventErrorCodes.AlgorithmRoleUnknownValue)]
    [InlineData("/data/algorithms/0/weight", "decisief", EventErrorCodes.AlgorithmWeightUnknownValue)]
    public void Validate_RejectsUnknownEnumValues(string path, string value, string code)
    {
        var problem = AssertSingle(Validate(Tree(Automated).With(path, value)), code, path);

        Assert.Contains("one of:", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("calculation", AlgorithmRole.Calculation)]
    [InlineData("risk-assessment", AlgorithmRole.RiskAssessment)]
    [InlineData("text-generation", AlgorithmRole.TextGeneration)]
    [InlineData("other", AlgorithmRole.Other)]
    public void Validate_ReadsAlgorithmRolesByTheirWireNames(string wire, AlgorithmRole expected)
    {
        Assert.Equal(expected, Validate(Tree(Automated).With("/data/algorithms/0/role", wire)).Event!.Algorithms[0].Role);
    }

    // Agency

    [Theory]
    [InlineData("gm123")]
    [InlineData("GM9999")]
    [InlineData("zb99990")]
    [InlineData("xx1234")]
    [InlineData("gm9999 ")]
    [InlineData("gm9999\n")]
    public void Validate_RejectsAgencyIdsThatAreNoOrgId(string id)
    {
        AssertSingle(Validate(Tree(Automated).With("/data/agency/id", id)), EventErrorCodes.AgencyIdInvalid, "/data/agency/id");
    }

    [Theory]
    [InlineData("gm0344")]
    [InlineData("pv27")]
    [InlineData("ws0155")]
    [InlineData("mnre1025")]
    [InlineData("zb000117")]
    [InlineData("oorg10103")]
    public void Validate_RejectsAWellShapedAgencyIdWithoutProfile(string id)
    {
        var problem = AssertSingle(Validate(Tree(Automated).With("/data/agency/id", id)), EventErrorCodes.AgencyUnknown, "/data/agency/id");

        Assert.Contains(id, problem.Message, StringComparison.Ordinal);
    }

    // Recipient

    [Theory]
    [InlineData("111222333")]
    [InlineData("123456782")]
    [InlineData("111 222 333")]
    [InlineData("111.22.23.33")]
    [InlineData("111-222-333")]
    [InlineData("1112 - 22333")]
    [InlineData("ref-111222333")]
    [InlineData("burger 111222333 x")]
    [InlineData("10000008")]
    [InlineData("1000.0008")]
    public void Validate_RejectsBsnAsRecipientRef(string reference)
    {
        var problem = AssertSingle(Validate(Tree(Automated).With("/data/recipient/ref", reference)), EventErrorCodes.RecipientRefIsBsn, "/data/recipient/ref");

        Assert.Contains("Send a pseudonymous reference, never a BSN.", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("111222334")]
    [InlineData("1112223330")]
    [InlineData("000000000")]
    [InlineData("11122233")]
    [InlineData("ps-7f3a9c21")]
    [InlineData("111 222 33 4")]
    [InlineData("1112223331x1")]
    public void Validate_AcceptsRecipientRefsThatAreNoBsn(string reference)
    {
        Assert.True(Validate(Tree(Automated).With("/data/recipient/ref", reference)).IsValid);
    }

    [Theory]
    [InlineData("NL")]
    [InlineData("nld")]
    [InlineData("n")]
    [InlineData("nl-NL")]
    [InlineData("")]
    public void Validate_RejectsLanguagesThatAreNoIso639Code(string language)
    {
        AssertSingle(Validate(Tree(Automated).With("/data/recipient/language", language)), EventErrorCodes.RecipientLanguageInvalid, "/data/recipient/language");
    }

    [Theory]
    [InlineData("supported")]
    [InlineData("prepared")]
    public void Validate_RequiresHumanReviewUnlessAutomated(string involvement)
    {
        var problem = AssertSingle(Validate(Tree(Automated).With("/data/involvement", involvement)), EventErrorCodes.HumanReviewMissing, "/data/humanReview");

        Assert.Contains("automated", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AcceptsAnAutomatedDecisionWithoutHumanReview()
    {
        Assert.Null(Validate(Bytes(Automated)).Event!.HumanReview);
    }

    [Fact]
    public void Validate_DoesNotAskForHumanReviewWhenInvolvementIsUnreadable()
    {
        AssertSingle(Validate(Tree(Automated).With("/data/involvement", "sometimes")), EventErrorCodes.InvolvementUnknownValue, "/data/involvement");
    }

    // Algorithms

    [Fact]
    public void Validate_RejectsAnEmptyAlgorithmList()
    {
        AssertSingle(Validate(Tree(Automated).With("/data/algorithms", new JsonArray())), EventErrorCodes.AlgorithmsTooFew, "/data/algorithms");
    }

    [Fact]
    public void Validate_AcceptsTenAlgorithms()
    {
        Assert.Equal(10, Validate(Tree(Parking).With("/data/algorithms", Algorithms(10))).Event!.Algorithms.Count);
    }

    [Fact]
    public void Validate_RejectsElevenAlgorithms()
    {
        AssertSingle(Validate(Tree(Parking).With("/data/algorithms", Algorithms(11))), EventErrorCodes.AlgorithmsTooMany, "/data/algorithms");
    }

    [Fact]
    public void Validate_RejectsARepeatedLars()
    {
        var tree = Tree(Parking);
        tree.At("/data/algorithms").AsArray().Add(new JsonObject { ["lars"] = "24171410", ["role"] = "other", ["weight"] = "advisory" });

        var problem = AssertSingle(Validate(tree), EventErrorCodes.AlgorithmLarsDuplicate, "/data/algorithms/1/lars");

        Assert.Contains("data.algorithms[0]", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("6371292")]
    [InlineData("637129245")]
    [InlineData("03712924")]
    [InlineData("6371292x")]
    [InlineData("L63712924")]
    [InlineData("６３７１２９２４")]
    public void Validate_RejectsMalformedLars(string lars)
    {
        AssertSingle(Validate(Tree(Parking).With("/data/algorithms/0/lars", lars)), EventErrorCodes.AlgorithmLarsInvalid, "/data/algorithms/0/lars");
    }

    [Fact]
    public void Validate_RejectsALarsWithAWrongCheckDigitAsAProbableTypo()
    {
        var problem = AssertSingle(Validate(Tree(Parking).With("/data/algorithms/0/lars", "24171411")), EventErrorCodes.AlgorithmLarsCheckDigit, "/data/algorithms/0/lars");

        Assert.Contains("typo", problem.Message, StringComparison.Ordinal);
        Assert.Contains("must be 0", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AcceptsThirtyParametersAndThirtyOperations()
    {
        var tree = Tree(Automated).With("/data/algorithms/0/parameters", Parameters(30)).With("/data/algorithms/0/operations", Operations(30));

        var algorithm = Validate(tree).Event!.Algorithms[0];

        Assert.Equal((30, 30), (algorithm.Parameters.Count, algorithm.Operations.Count));
    }

    [Fact]
    public void Validate_RejectsThirtyOneParameters()
    {
        AssertSingle(Validate(Tree(Automated).With("/data/algorithms/0/parameters", Parameters(31))), EventErrorCodes.AlgorithmParametersTooMany, "/data/algorithms/0/parameters");
    }

    [Fact]
    public void Validate_RejectsThirtyOneOperations()
    {
        AssertSingle(Validate(Tree(Automated).With("/data/algorithms/0/operations", Operations(31))), EventErrorCodes.AlgorithmOperationsTooMany, "/data/algorithms/0/operations");
    }

    [Fact]
    public void Validate_AllowsAlgorithmsWithoutParametersOrOperationsUnderNlBaseline()
    {
        var algorithm = Validate(Bytes(Prepared)).Event!.Algorithms[0];

        Assert.Empty(algorithm.Parameters);
        Assert.Empty(algorithm.Operations);
    }

    // Data

    [Fact]
    public void Validate_RejectsAnEmptyDataList()
    {
        AssertSingle(Validate(Tree(Automated).With("/data/data", new JsonArray())), EventErrorCodes.DataTooFew, "/data/data");
    }

    [Fact]
    public void Validate_AcceptsFiftyDataItems()
    {
        Assert.Equal(50, Validate(Tree(Automated).With("/data/data", DataItems(50))).Event!.Data.Count);
    }

    [Fact]
    public void Validate_RejectsFiftyOneDataItems()
    {
        AssertSingle(Validate(Tree(Automated).With("/data/data", DataItems(51))), EventErrorCodes.DataTooMany, "/data/data");
    }

    // Risk classification

    [Fact]
    public void Validate_DropsARiskClassificationThatWasNotApplied()
    {
        var tree = Tree(RiskSupported).With("/data/riskClassification", new JsonObject { ["applied"] = false });

        var decisionEvent = Validate(tree).Event!;

        Assert.Null(decisionEvent.RiskClassification);
    }

    [Fact]
    public void Validate_StillChecksFieldsOfARiskClassificationThatWasNotApplied()
    {
        var tree = Tree(RiskSupported).With("/data/riskClassification/applied", false).With("/data/riskClassification/label", new string('x', 201));

        AssertSingle(Validate(tree), EventErrorCodes.RiskLabelTooLong, "/data/riskClassification/label");
    }

    [Fact]
    public void Validate_RejectsARiskClassificationByAnAlgorithmNotInTheEvent()
    {
        var problem = AssertSingle(Validate(Tree(RiskSupported).With("/data/riskClassification/producedBy", "72429714")), EventErrorCodes.RiskProducedByUnknown, "/data/riskClassification/producedBy");

        Assert.Contains("data.algorithms", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RejectsAMalformedProducedBy()
    {
        AssertSingle(Validate(Tree(RiskSupported).With("/data/riskClassification/producedBy", "model-3")), EventErrorCodes.RiskProducedByInvalid, "/data/riskClassification/producedBy");
    }

    [Fact]
    public void Validate_RejectsABlankRiskLabelWhenApplied()
    {
        AssertSingle(Validate(Tree(RiskSupported).With("/data/riskClassification/label", " ")), EventErrorCodes.RiskLabelEmpty, "/data/riskClassification/label");
    }

    // Personal data never leaks into messages

    [Fact]
    public void Validate_NeverRepeatsTheRecipientRefOrDataValuesInMessages()
    {
        const string Secret = "Jansen-Geheim";
        var tree = Tree(Automated)
            .With("/data/recipient/ref", $"{Secret} {Bsn}")
            .With("/data/data/0/value", $"{Secret}\r{new string('x', 200)}")
            .With("/data/data/1/value", JsonValue.Create(123))
            .With("/data/decision/outcome", $"{Secret}\u0000")
            .With("/data/algorithms/0/parameters/0/value", $"{Secret}{new string('x', 200)}")
            .With("/data/algorithms/0/role", $"{Secret}{new string('x', 40)}")
            .With("/data/decision/id", $"{Secret}/x")
            .With("/source", $"{Secret} x");

        var result = Validate(tree);

        Assert.True(result.Problems.Count >= 9);
        Assert.All(result.Problems, problem =>
        {
            Assert.DoesNotContain(Secret, problem.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Bsn, problem.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Validate_NamesTheRuleAndTheLimitInItsMessages()
    {
        var problem = AssertSingle(Validate(Tree(Automated).With("/data/decision/purpose", new string('x', 1001))), EventErrorCodes.DecisionPurposeTooLong, "/data/decision/purpose");

        Assert.Equal("data.decision.purpose is 1001 characters long; the limit is 1000 characters (counted as Unicode characters, not bytes). Shorten it.", problem.Message);
    }

    // Contract of the result

    [Fact]
    public void Validate_ReturnsAnEventExactlyWhenThereAreNoProblems()
    {
        ResultInvariants.AssertHold(Validate(Bytes(Automated)));
        ResultInvariants.AssertHold(Validate(Bytes(RejectedBsn)));
        ResultInvariants.AssertHold(Validate(Array.Empty<byte>()));
    }

    [Fact]
    public void ValidateWithoutAgencyProfiles_AcceptsAnyWellFormedOrgIdAndAppliesNoRegime()
    {
        var validator = EventValidator.WithoutAgencyProfiles();
        var otherAgency = Tree(Automated).With("/data/agency/id", "gm0344");

        Assert.True(validator.Validate(otherAgency.ToBytes()).IsValid);
        Assert.True(validator.Validate(Bytes(RejectedStrict)).IsValid);
        Assert.Equal(
            [EventErrorCodes.AgencyIdInvalid],
            validator.Validate(Tree(Automated).With("/data/agency/id", "../gm0344").ToBytes()).Problems.Select(p => p.Code));
    }

    [Fact]
    public void ValidateWithoutAgencyProfiles_ReportsTheContractProblemsExactlyAsTheFullValidator()
    {
        var contractOnly = EventValidator.WithoutAgencyProfiles().Validate(Bytes(RejectedBsn));

        Assert.Equal(Validate(Bytes(RejectedBsn)).Problems, contractOnly.Problems);
    }

    [Fact]
    public void Constructor_RejectsAMissingAgencyDirectory()
    {
        Assert.Throws<ArgumentNullException>(() => new EventValidator(null!));
    }

    private EventValidationResult Validate(byte[] bytes)
    {
        var result = _validator.Validate(bytes);
        ResultInvariants.AssertHold(result);
        return result;
    }

    private EventValidationResult Validate(JsonObject tree) => Validate(tree.ToBytes());

    private static Problem AssertSingle(EventValidationResult result, string code, string path)
    {
        Assert.Equal([(code, path)], CodesAndPaths(result));
        return result.Problems[0];
    }

    private static List<(string Code, string Path)> CodesAndPaths(EventValidationResult result) =>
        [.. result.Problems.Select(problem => (problem.Code, problem.Path))];

    private static List<string> Codes(EventValidationResult result) => [.. result.Problems.Select(problem => problem.Code)];

    /// <summary>Pads with trailing whitespace, which JSON ignores, to an exact byte count.</summary>
    private static byte[] PadTo(byte[] json, int length) => [.. json, .. Enumerable.Repeat((byte)' ', length - json.Length)];

    private static JsonArray Algorithms(int count) =>
        [.. ValidLars.Take(count).Select(lars => (JsonNode)new JsonObject { ["lars"] = lars, ["role"] = "ranking", ["weight"] = "partial" })];

    private static JsonArray Parameters(int count) =>
        [.. Enumerable.Range(0, count).Select(i => (JsonNode)new JsonObject { ["name"] = $"Parameter {i}", ["effect"] = "Weegt mee.", ["weight"] = 0.1 })];

    private static JsonArray Operations(int count) => [.. Enumerable.Range(0, count).Select(i => (JsonNode)JsonValue.Create($"Stap {i}"))];

    private static JsonArray DataItems(int count) =>
        [.. Enumerable.Range(0, count).Select(i => (JsonNode)new JsonObject { ["category"] = $"Gegeven {i}", ["source"] = "Uw aanvraag", ["personal"] = true, ["special"] = false })];
}
