using System.Text;
using Kenbaarheid.Agencies;
using Kenbaarheid.Explanation;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Rendering.Pdf;
using Kenbaarheid.Tests.Events;
using Kenbaarheid.Tests.Pipeline;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Kenbaarheid.Tests.Rendering.Pdf;

/// <summary>
/// A character Noto Sans cannot draw (an emoji in event text) must not silently vanish from the PDF, nor show as the
/// empty .notdef box PDF/UA forbids: the page shows the replacement mark, the structure element carries the text
/// itself as /ActualText for screen readers and copying, and the notice's manifest says so with a flag.
/// </summary>
public sealed class MissingCharacterTests
{
    private const string House = "\U0001F3E0";

    private static readonly PdfNoticeFacts Facts = new("kb-test", "nl", new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), AddressWindow.Default, (page, pages) => $"pagina {page} van {pages}");

    [Fact]
    public void ACharacterTheFontLacks_ShowsAsTheReplacementMark_WithTheCharacterAsActualText()
    {
        var laid = NoticePdfWriter.Lay($"<html lang=\"nl\"><head><title>T</title></head><body><p>Uw huis {House} staat hier.</p></body></html>", Facts);
        using var pdf = PdfDocument.Open(NoticePdfWriter.Write(laid));

        Assert.Equal([0x1F3E0], laid.MissingCharacters);
        var shown = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value));
        Assert.Contains("Uwhuis\uFFFDstaathier.", shown.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var actualTexts = pdf.Structure.CrossReferenceTable.ObjectOffsets.Keys
            .Select(reference => pdf.Structure.GetObject(reference).Data)
            .OfType<DictionaryToken>()
            .Where(d => d.ContainsKey(NameToken.Create("ActualText")))
            .Select(d => d.Data["ActualText"] switch { StringToken literal => literal.Data, HexToken hex => hex.Data, var other => other.ToString() ?? string.Empty })
            .ToList();
        Assert.Contains(actualTexts, text => text.Contains(House, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ANoticeWhosePdfCannotShowACharacter_IsFlaggedInItsManifest()
    {
        var text = Encoding.UTF8.GetString(SampleEvents.Bytes("01-huurtoeslag-automated.json"));
        Assert.Contains("\"Huurtoeslag 2027\"", text, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text.Replace("\"Huurtoeslag 2027\"", $"\"Huurtoeslag 2027 {House}\"", StringComparison.Ordinal));
        using var harness = new PipelineHarness();

        var issued = Assert.IsType<PipelineOutcome.Issued>(await harness.ProcessAsync(bytes));

        // The type of decision is in both languages' notices: each PDF is flagged.
        var flags = issued.Manifest.Flags.Where(f => f.Code == FlagCodes.PdfCharacterMissing).ToList();
        Assert.Equal(issued.Manifest.Languages.Select(language => $"notice.{language}.pdf"), flags.Select(f => f.Message.Split(' ')[0]));
        Assert.All(flags, flag => Assert.Contains("U+1F3E0", flag.Message, StringComparison.Ordinal));
        Assert.Contains(House, File.ReadAllText(Path.Combine(harness.OutputFolder, issued.Folder, "notice.nl.html")), StringComparison.Ordinal);
    }
}
