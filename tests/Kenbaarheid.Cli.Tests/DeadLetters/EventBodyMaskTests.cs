using System.Text;
using System.Text.Json;
using Kenbaarheid.Cli.DeadLetters;

namespace Kenbaarheid.Cli.Tests.DeadLetters;

public sealed class EventBodyMaskTests
{
    [Fact]
    public void Mask_KeepsIdsCodesDatesAndYesNoFieldsAndHidesEveryPersonalValue()
    {
        var sample = File.ReadAllBytes(Path.Combine(CliRun.RepositoryRoot, "samples/events/02-toeslag-risk-supported.json"));

        var masked = EventBodyMask.Mask(sample)!;

        using var shown = JsonDocument.Parse(masked);
        var data = shown.RootElement.GetProperty("data");
        Assert.Equal("HT-2027-000456", data.GetProperty("decision").GetProperty("id").GetString());
        Assert.Equal("zb999901", data.GetProperty("agency").GetProperty("id").GetString());
        Assert.Equal("61941276", data.GetProperty("algorithms")[0].GetProperty("lars").GetString());
        Assert.True(data.GetProperty("data")[0].GetProperty("personal").GetBoolean());
        Assert.Equal("<masked: text of 11 characters>", data.GetProperty("recipient").GetProperty("ref").GetString());
        Assert.Equal("<masked: number>", data.GetProperty("algorithms")[0].GetProperty("parameters")[0].GetProperty("weight").GetString());
        foreach (var personal in new[] { "ps-11b0e4d8", "41.300", "32.200", "geen huurtoeslag", "hoge risicoscore", "medewerker toeslagen", "Inkomen 2025" })
        {
            Assert.DoesNotContain(personal, masked, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Mask_ShowsIdsPathSafeAndNothingOfABodyThatIsNotJson()
    {
        var masked = EventBodyMask.Mask(Encoding.UTF8.GetBytes("{\"id\":\"../../etc\\npasswd\",\"data\":{\"extra\":true}}"))!;

        Assert.DoesNotContain("../", masked, StringComparison.Ordinal);
        Assert.Contains("<masked: true or false>", masked, StringComparison.Ordinal);
        Assert.Null(EventBodyMask.Mask("ps-11b0e4d8 not json"u8.ToArray()));
    }
}
