
namespace Kenbaarheid.Contracts.Tests;

/// <summary>
/// The documents in schema/ pass the tools agency developers use (the AsyncAPI parser, Redocly's OpenAPI linter, Ajv),
/// their examples are the samples, and what they describe is what the pipeline gives.
/// </summary>
public sealed class ContractDocumentTests(ContractChecks checks) : IClassFixture<ContractChecks>
{
    [Fact]
    public void AsyncApiDocument_IsAValidAsyncApi30DocumentWithoutErrorsOrWarnings()
    {
        var asyncapi = checks.Report.GetProperty("asyncapi");

        Assert.True(asyncapi.GetProperty("parsed").GetBoolean(), asyncapi.ToString());
        Assert.Equal("3.0.0", asyncapi.GetProperty("version").GetString());
        // Severity 0 is an error, 1 a warning; 2 (information) says that AsyncAPI 3.1 exists.
        Assert.Empty(asyncapi.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("severity").GetInt32() < 2).Select(d => d.ToString()));
    }

    [Fact]
    public void OpenApiDocument_PassesRedoclyLintWithTheRecommendedRules()
    {
        var openapi = checks.Report.GetProperty("openapi");
        var output = openapi.GetProperty("output").GetString()!;

        Assert.True(openapi.GetProperty("exitCode").GetInt32() == 0, output);
        Assert.Contains("Your API description is valid", output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", output.Replace("Deprecation warning", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void EventSchema_AcceptsEverySampleExceptTheOneWithAMissingField_InAjv()
    {
        var samples = checks.Report.GetProperty("samples").EnumerateArray().ToDictionary(s => s.GetProperty("sample").GetString()!, s => s);

        Assert.Equal(8, samples.Count);
        Assert.All(samples.Where(s => s.Key != "90-rejected-bsn-bad-lars-missing-source.json"), s => Assert.True(s.Value.GetProperty("valid").GetBoolean(), s.Value.ToString()));
        // Sample 90's BSN and check digit are beyond a schema; the missing source is not.
        Assert.Equal(["/data/data/0 must have required property 'source'"], samples["90-rejected-bsn-bad-lars-missing-source.json"].GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Examples_AreTheSamplesAndNameTheNoticesThePipelineMakes()
    {
        var examples = checks.Report.GetProperty("examples");

        Assert.Empty(examples.GetProperty("mismatches").EnumerateArray().Select(m => m.GetString()));
        Assert.True(examples.GetProperty("checked").GetInt32() >= 20, examples.ToString());
    }

    [Fact]
    public void DocumentedSchemas_AcceptWhatThePipelineSends()
    {
        var bodies = checks.Report.GetProperty("bodies").EnumerateArray().ToList();

        Assert.Equal(4, bodies.Count);
        Assert.All(bodies, body => Assert.True(body.GetProperty("valid").GetBoolean(), body.ToString()));
    }
}
