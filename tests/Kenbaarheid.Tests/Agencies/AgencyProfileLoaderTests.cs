using System.Text.Json.Nodes;
using Kenbaarheid.Agencies;

namespace Kenbaarheid.Tests.Agencies;

public sealed class AgencyProfileLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kenbaarheid-agencies-").FullName;

    [Fact]
    public async Task LoadAsync_ReadsTheSampleProfiles()
    {
        var agencies = await AgencyProfileLoader.LoadAsync(Path.Combine(RepositoryPaths.Samples, "agencies"));

        Assert.True(agencies.TryGet("zb999901", out var strict));
        Assert.Equal(Regime.FrStrict, strict.Regime);
        Assert.Equal(["nl", "en"], strict.Languages);
        Assert.Equal(UnregisteredAlgorithmPolicy.Warn, strict.UnregisteredAlgorithms);
        Assert.True(agencies.TryGet("zb999902", out var single));
        Assert.Null(single.Contact.Post);
    }

    [Fact]
    public async Task LoadAsync_RefusesAProfileWithoutRegimeRatherThanDefaultingToTheWeakerOne()
    {
        var profile = Sample("gm9999");
        profile.Remove("regime");
        await File.WriteAllTextAsync(Path.Combine(_folder, "gm9999.json"), profile.ToJsonString());

        var exception = await Assert.ThrowsAsync<InvalidDataException>(() => AgencyProfileLoader.LoadAsync(_folder));

        Assert.Contains("regime", exception.Message, StringComparison.Ordinal);
        Assert.Contains("gm9999.json", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_TakesAPlainInPersonHelpTextAsDutchAndATextByLanguageAsGiven()
    {
        var profile = Sample("gm9999");
        await File.WriteAllTextAsync(Path.Combine(_folder, "gm9999.json"), profile.ToJsonString());
        profile["id"] = "gm9998";
        profile["inPersonHelp"] = new JsonObject { ["nl"] = "Kom langs bij de balie.", ["en"] = "Visit our desk." };
        await File.WriteAllTextAsync(Path.Combine(_folder, "gm9998.json"), profile.ToJsonString());

        var agencies = await AgencyProfileLoader.LoadAsync(_folder);

        Assert.True(agencies.TryGet("gm9999", out var plain));
        Assert.Equal(["nl"], plain.InPersonHelp!.Texts.Keys);
        Assert.True(agencies.TryGet("gm9998", out var translated));
        Assert.Equal("Visit our desk.", translated.InPersonHelp!.Texts["en"]);
    }

    [Theory]
    [InlineData("languages", "[\"en\"]", "must include nl")]
    [InlineData("regime", "\"fr-lenient\"", "cannot be read")]
    [InlineData("id", "\"gemeente\"", "not an org_id")]
    [InlineData("inPersonHelp", "{\"en\": \"Visit our desk.\"}", "needs a Dutch text")]
    [InlineData("inPersonHelp", "{\"nl\": \"Kom langs.\", \"EN\": \"Visit us.\"}", "ISO 639-1")]
    [InlineData("inPersonHelp", "42", "cannot be read")]
    public async Task LoadAsync_NamesTheRuleABrokenProfileBreaks(string property, string value, string expected)
    {
        var profile = Sample("gm9999");
        profile[property] = JsonNode.Parse(value);
        await File.WriteAllTextAsync(Path.Combine(_folder, "gm9999.json"), profile.ToJsonString());

        var exception = await Assert.ThrowsAsync<InvalidDataException>(() => AgencyProfileLoader.LoadAsync(_folder));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static JsonObject Sample(string id) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "agencies", $"{id}.json")))!.AsObject();
}
