using System.Security.Cryptography;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Tests.Events;
using Kenbaarheid.Tests.Pipeline;

namespace Kenbaarheid.Tests.Rendering;

/// <summary>
/// Every file of each sample's notice set — the notices, <c>explanation.json</c> and <c>manifest.json</c> — compared
/// byte for byte with the approved copies in <c>Golden/</c>, and no golden copy without a file it is the copy of. A
/// change in wording, layout or explanation must be deliberate: regenerate with
/// <c>KENBAARHEID_UPDATE_GOLDEN=1 dotnet test</c> (which also removes copies nothing produces any more) and review
/// the diff like any other change to what citizens read. A PDF's golden copy is its SHA-256 (<c>notice.{lang}.pdf.sha256</c>):
/// the PDF is laid out from the HTML compared here, and the hash holds it to the byte.
/// </summary>
public sealed class GoldenNoticeTests
{
    private static readonly string GoldenFolder = Path.Combine(RepositoryPaths.Root, "tests", "Kenbaarheid.Tests", "Rendering", "Golden");

    private static bool Update => Environment.GetEnvironmentVariable("KENBAARHEID_UPDATE_GOLDEN") == "1";

    public static TheoryData<string> Samples => new(SampleEvents.Valid);

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Render_MatchesTheGoldenCopyOfEachFileOfTheSampleNoticeSet(string sample)
    {
        using var harness = new PipelineHarness();
        var issued = Assert.IsType<PipelineOutcome.Issued>(await harness.ProcessAsync(SampleEvents.Bytes(sample)));
        var folder = Path.Combine(GoldenFolder, Path.GetFileNameWithoutExtension(sample));
        var produced = issued.Manifest.Files.Select(file => file.Name).Append("manifest.json").Order(StringComparer.Ordinal).ToList();
        var goldenNames = produced.Select(GoldenName).Order(StringComparer.Ordinal).ToList();

        if (Update)
        {
            Directory.CreateDirectory(folder);
            foreach (var stale in Directory.EnumerateFiles(folder).Where(path => !goldenNames.Contains(Path.GetFileName(path))))
            {
                File.Delete(stale);
            }
        }

        foreach (var name in produced)
        {
            var actual = name.EndsWith(".pdf", StringComparison.Ordinal)
                ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(harness.OutputFolder, issued.Folder, name)))) + "\n"
                : harness.ReadText($"{issued.Folder}/{name}");
            var golden = Path.Combine(folder, GoldenName(name));
            if (Update)
            {
                await File.WriteAllTextAsync(golden, actual);
            }

            Assert.True(File.Exists(golden), $"No golden copy at {golden}. Render it with KENBAARHEID_UPDATE_GOLDEN=1 and review it.");
            Assert.Equal(await File.ReadAllTextAsync(golden), actual);
        }

        // A copy of a file the set no longer holds would be approved text that nothing checks any more.
        Assert.Equal(goldenNames, Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static string GoldenName(string name) => name.EndsWith(".pdf", StringComparison.Ordinal) ? name + ".sha256" : name;

    [Fact]
    public void EveryGoldenFolder_IsTheSetOfAValidSample()
    {
        var samples = SampleEvents.Valid.Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(samples, Directory.EnumerateDirectories(GoldenFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
