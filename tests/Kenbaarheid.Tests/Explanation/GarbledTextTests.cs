using Kenbaarheid.Explanation;

namespace Kenbaarheid.Tests.Explanation;

public sealed class GarbledTextTests
{
    [Theory]
    [InlineData("Dit is gewone tekst: één, café, coördinatie.")]
    [InlineData("Prijs € 12,50 – ‘zo’ genoemd.")]
    public void Clean_LeavesCorrectTextAlone(string text)
    {
        Assert.Equal((text, false), GarbledText.Clean(text));
    }

    [Theory]
    [InlineData("Ã©Ã©n model", "één model")]
    [InlineData("coÃ¶rdinatie", "coördinatie")]
    [InlineData("â€˜zoâ€™ genoemd", "‘zo’ genoemd")]
    [InlineData("prijs â‚¬ 5 en één", "prijs € 5 en één")]
    public void Clean_RepairsUtf8ThatWasReadAsWindows1252(string garbled, string repaired)
    {
        Assert.Equal((repaired, true), GarbledText.Clean(garbled));
    }

    [Theory]
    [InlineData("effici\uFFFDnte handhaving")]
    [InlineData("de status \uFFFDVertrokken\uFFFD")]
    [InlineData("een C1-teken \u0092 hier")]
    public void Clean_WithholdsTextWithALostCharacterRatherThanGuessing(string garbled)
    {
        Assert.Equal((null, true), GarbledText.Clean(garbled));
    }
}
