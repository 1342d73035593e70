using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using static Kenbaarheid.Tests.Events.SampleEvents;

namespace Kenbaarheid.Tests.Events;

/// <summary>The published JSON Schema agrees with the samples and with the validator on what a schema can express.</summary>
public sealed class EventSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(RepositoryPaths.Root, "schema", "decision-event.v1.schema.json");

    // Built once: building registers the schema under its $id, and a second registration of the same id is refused.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static TheoryData<string> SchemaValidSamples => [.. SampleEvents.Valid, RejectedStrict];

    [Fact]
    public void Schema_IsAValidDraft202012Schema()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SchemaPath));

        var results = MetaSchemas.Draft202012.Evaluate(document.RootElement, Options);

        Assert.True(results.IsValid, Errors(results));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.RootElement.GetProperty("$schema").GetString());
        Assert.Equal("https://kenbaarheid.example/schema/decision-event.v1.json", document.RootElement.GetProperty("$id").GetString());
    }

    [Fact]
    public void Schema_SaysWhatOnlyTheValidatorChecks()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var description = document.RootElement.GetProperty("description").GetString()!;

        Assert.All(["BSN", "check digit", "producedBy", "once", "fr-strict", "262144"], phrase => Assert.Contains(phrase, description, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SchemaValidSamples))]
    public void Schema_AcceptsTheSamplesThatAreValidOrOnlyBreakRegimeRules(string sample)
    {
        var results = Evaluate(Tree(sample));

        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void Schema_RejectsSample90ForItsMissingDataSource()
    {
        var results = Evaluate(Tree(RejectedBsn));

        Assert.False(results.IsValid);
        Assert.Contains(results.Details!, detail => detail.InstanceLocation.ToString() == "/data/data/0" && detail.Errors is { Count: > 0 } errors && errors.ContainsKey("required"));
    }

    [Theory]
    [InlineData("/specversion", "\"1.1\"")]
    [InlineData("/type", "\"other\"")]
    [InlineData("/time", "\"2026-11-20T09:12:00\"")]
    [InlineData("/source", "\"has space\"")]
    [InlineData("/datacontenttype", "\"text/plain\"")]
    [InlineData("/data/decision/id", "\".hidden\"")]
    [InlineData("/data/decision/revision", "0")]
    [InlineData("/data/decision/revision", "1.5")]
    [InlineData("/data/decision/date", "\"20261120\"")]
    [InlineData("/data/decision/purpose", "\"  \"")]
    [InlineData("/data/decision/outcome", "\"a\\rb\"")]
    [InlineData("/data/decision/legalBasis/0/link", "\"http://wetten.overheid.nl\"")]
    [InlineData("/data/decision/legalEffect", "\"true\"")]
    [InlineData("/data/decision/motivationRef", "null")]
    [InlineData("/data/agency/id", "\"gm123\"")]
    [InlineData("/data/recipient/language", "\"NL\"")]
    [InlineData("/data/involvement", "\"Automated\"")]
    [InlineData("/data/algorithms", "[]")]
    [InlineData("/data/algorithms/0/lars", "\"03712924\"")]
    [InlineData("/data/algorithms/0/role", "\"boss\"")]
    [InlineData("/data/algorithms/0/parameters/0/weight", "true")]
    [InlineData("/data/data", "[]")]
    [InlineData("/data/profiling", "\"no\"")]
    [InlineData("/data/decision/sentOn", "\"19-11-2026\"")]
    [InlineData("/data/decision/remedy", "{\"kind\": \"bezwaar\"}")]
    [InlineData("/data/decision/remedy", "{\"kind\": \"appeal\"}")]
    [InlineData("/data/decision/remedy", "{\"kind\": \"objection\", \"termWeeks\": 0}")]
    [InlineData("/data/decision/remedy", "{\"kind\": \"objection\", \"termStartsOn\": \"received\"}")]
    [InlineData("/data/data/0/register", "\"BRP\"")]
    [InlineData("/data/generatedTextDetails", "{\"checkedByPerson\": true}")]
    public void Schema_RejectsWhatTheValidatorRejectsWhereASchemaCanSayIt(string path, string json)
    {
        Assert.False(Evaluate(Tree(Automated).With(path, JsonNode.Parse(json))).IsValid);
    }

    [Fact]
    public void Schema_LimitsTextLengths()
    {
        Assert.True(Evaluate(Tree(Automated).With("/data/decision/purpose", new string('x', 1000))).IsValid);
        Assert.False(Evaluate(Tree(Automated).With("/data/decision/purpose", new string('x', 1001))).IsValid);
    }

    [Fact]
    public void Schema_RequiresHumanReviewUnlessAutomated()
    {
        Assert.False(Evaluate(Tree(Automated).With("/data/involvement", "supported")).IsValid);
        Assert.True(Evaluate(Tree(Automated)).IsValid);
    }

    [Fact]
    public void Schema_RequiresTheFieldsOfAnAppliedRiskClassification()
    {
        Assert.False(Evaluate(Tree(RiskSupported).Without("/data/riskClassification/label")).IsValid);
        Assert.True(Evaluate(Tree(RiskSupported).With("/data/riskClassification", new JsonObject { ["applied"] = false })).IsValid);
    }

    [Fact]
    public void Schema_RejectsAnObjectionAgainstADecisionWithoutLegalEffect()
    {
        var tree = Tree(Automated).With("/data/decision/legalEffect", false);

        Assert.True(Evaluate(tree).IsValid);
        Assert.False(Evaluate(tree.With("/data/decision/remedy", new JsonObject { ["kind"] = "objection" })).IsValid);
        Assert.True(Evaluate(tree.With("/data/decision/remedy", new JsonObject { ["kind"] = "none" })).IsValid);
    }

    [Fact]
    public void Schema_AllowsUnknownFields()
    {
        Assert.True(Evaluate(Tree(Automated).With("/extension", "x").With("/data/algorithms/0/future", new JsonObject())).IsValid);
    }

    [Fact]
    public void Schema_AllowsTenAlgorithmsButNotEleven()
    {
        string[] lars = ["11111115", "11111128", "11111131", "11111144", "11111157", "11111160", "11111173", "11111186", "11111199", "11111216", "11111229"];
        JsonArray Algorithms(int count) => [.. lars.Take(count).Select(id => (JsonNode)new JsonObject { ["lars"] = id, ["role"] = "other", ["weight"] = "advisory" })];

        Assert.True(Evaluate(Tree(Parking).With("/data/algorithms", Algorithms(10))).IsValid);
        Assert.False(Evaluate(Tree(Parking).With("/data/algorithms", Algorithms(11))).IsValid);
    }

    private static EvaluationResults Evaluate(JsonNode instance)
    {
        using var document = JsonDocument.Parse(instance.ToJsonString());
        return Schema.Value.Evaluate(document.RootElement.Clone(), Options);
    }

    private static string Errors(EvaluationResults results) =>
        string.Join(Environment.NewLine, (results.Details ?? [])
            .Where(detail => detail.Errors is not null)
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key} {error.Value}")));
}
