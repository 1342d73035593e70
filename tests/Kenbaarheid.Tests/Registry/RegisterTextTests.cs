using Kenbaarheid.Registry;

namespace Kenbaarheid.Tests.Registry;

public sealed class RegisterTextTests
{
    [Fact]
    public void FromHtml_MakesEachParagraphAndListItemItsOwnLine()
    {
        var text = RegisterText.FromHtml("<p>Eerste alinea.</p><ul><li>Inkomen</li><li>Huur</li></ul>Los<br>Daarna");

        Assert.Equal(["Eerste alinea.", "Inkomen", "Huur", "Los", "Daarna"], text!.Paragraphs);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<p> </p><div></div>")]
    public void FromHtml_ReturnsNullWhenThereIsNoText(string? html) => Assert.Null(RegisterText.FromHtml(html));

    [Fact]
    public void FromHtml_KeepsOnlyTextFromMarkupTheRegisterShouldNotHold()
    {
        var text = RegisterText.FromHtml("<p onclick=\"x()\">Tekst <script>alert(1)</script><a href=\"https://e.example\">link</a> &amp; meer</p>");

        Assert.Equal("Tekst alert(1)link & meer", Assert.Single(text!.Paragraphs));
    }

    [Fact]
    public void FromHtml_CollapsesWhitespaceAndKeepsMisEncodedCharacters()
    {
        var text = RegisterText.FromHtml("Doel is effici\uFFFDnte\n\n   handhaving.");

        Assert.Equal("Doel is effici\uFFFDnte handhaving.", Assert.Single(text!.Paragraphs));
    }
}
