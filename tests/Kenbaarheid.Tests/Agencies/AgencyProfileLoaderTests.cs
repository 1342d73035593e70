using System.Text.Json.Nodes;
using Kenbaarheid.Agencies;
using Kenbaarheid.Rendering.Themes;

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
    [InlineData("formats", "[\"pdf\"]", "must include html and txt")]
    [InlineData("formats", "[\"html\", \"txt\", \"docx\"]", "cannot be read")]
    [InlineData("addressWindow", "{\"left\": 20, \"top\": 140, \"width\": 100, \"height\": 50}", "addressWindow")]
    [InlineData("addressWindow", "{\"left\": 150, \"top\": 40, \"width\": 100, \"height\": 50}", "addressWindow")]
    public async Task LoadAsync_NamesTheRuleABrokenProfileBreaks(string property, string value, string expected)
    {
        var profile = Sample("gm9999");
        profile[property] = JsonNode.Parse(value);
        await File.WriteAllTextAsync(Path.Combine(_folder, "gm9999.json"), profile.ToJsonString());

        var exception = await Assert.ThrowsAsync<InvalidDataException>(() => AgencyProfileLoader.LoadAsync(_folder));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_GivesTheSampleMunicipalityItsOwnThemeAndTheOthersTheRijkshuisstijl()
    {
        var agencies = await AgencyProfileLoader.LoadAsync(Path.Combine(RepositoryPaths.Samples, "agencies"));

        var denHaag = agencies.ThemeOf("gm9999");
        Assert.Equal("denhaag.css", denHaag.Name);
        Assert.Contains("--denhaag-color-", denHaag.Tokens, StringComparison.Ordinal);
        Assert.Same(NoticeTheme.Rijkshuisstijl, agencies.ThemeOf("zb999901"));
        Assert.Contains("--rhc-color-", NoticeTheme.Rijkshuisstijl.Tokens, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_RefusesAThemeThatHidesWithTheProfileTheFileAndTheLine()
    {
        var profile = Sample("gm9999");
        profile["theme"] = "themes/huisstijl.css";
        await File.WriteAllTextAsync(Path.Combine(_folder, "gm9999.json"), profile.ToJsonString());
        Directory.CreateDirectory(Path.Combine(_folder, "themes"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "themes", "huisstijl.css"), ":root {\n  --utrecht-document-color: #1a1a1a;\n  display: none;\n}\n");

        var exception = await Assert.ThrowsAsync<InvalidDataException>(() => AgencyProfileLoader.LoadAsync(_folder));

        Assert.Contains("gm9999.json", exception.Message, StringComparison.Ordinal);
        Assert.Contains("theme 'themes/huisstijl.css': line 3: 'display: none' is not a design token", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../gm9999.css", "in the profile folder")]
    [InlineData("themes/huisstijl.json", "must be a .css file")]
    [InlineData("themes/missing.css", "does not exist")]
    public async Task LoadAsync_RefusesAThemeFileItCannotUse(string theme, string expected)
    {
        var profile = Sample("gm9999");
        profile["theme"] = theme;
        await File.WriteAllTextAsync(Path.Combine(_folder, "gm9999.json"), profile.ToJsonString());

        var exception = await Assert.ThrowsAsync<InvalidDataException>(() => AgencyProfileLoader.LoadAsync(_folder));

        Assert.Contains($"theme '{theme}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A sample profile without its theme, whose file stays in the samples: each test sets the theme it needs.</summary>
    private static JsonObject Sample(string id)
    {
        var profile = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "agencies", $"{id}.json")))!.AsObject();
        profile.Remove("theme");
        return profile;
    }
}
