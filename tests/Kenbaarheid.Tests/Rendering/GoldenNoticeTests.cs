using Kenbaarheid.Pipeline;
using Kenbaarheid.Tests.Events;
using Kenbaarheid.Tests.Pipeline;

namespace Kenbaarheid.Tests.Rendering;

/// <summary>
/// The rendered sample notices, compared byte for byte with the approved copies in <c>Golden/</c>. A change in
/// wording or layout must be deliberate: regenerate with <c>KENBAARHEID_UPDATE_GOLDEN=1 dotnet test</c> and
/// review the diff like any other change to what citizens read.
/// </summary>
public sealed class GoldenNoticeTests
{
    private static readonly string GoldenFolder = Path.Combine(RepositoryPaths.Root, "tests", "Kenbaarheid.Tests", "Rendering", "Golden");

    public static TheoryData<string> Samples => new(SampleEvents.Valid);

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Render_MatchesTheGoldenCopyOfEachSampleNotice(string sample)
    {
        using var harness = new PipelineHarness();
        var issued = Assert.IsType<PipelineOutcome.Issued>(await harness.ProcessAsync(SampleEvents.Bytes(sample)));
        var folder = Path.Combine(GoldenFolder, Path.GetFileNameWithoutExtension(sample));
        var update = Environment.GetEnvironmentVariable("KENBAARHEID_UPDATE_GOLDEN") == "1";

        foreach (var file in issued.Manifest.Files.Where(f => f.Name.StartsWith("notice.", StringComparison.Ordinal)))
        {
            var actual = harness.ReadText($"{issued.Folder}/{file.Name}");
            var golden = Path.Combine(folder, file.Name);
            if (update)
            {
                Directory.CreateDirectory(folder);
                await File.WriteAllTextAsync(golden, actual);
            }

            Assert.True(File.Exists(golden), $"No golden copy at {golden}. Render it with KENBAARHEID_UPDATE_GOLDEN=1 and review it.");
            Assert.Equal(await File.ReadAllTextAsync(golden), actual);
        }
    }
}
