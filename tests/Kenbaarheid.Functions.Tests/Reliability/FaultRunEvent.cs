using System.Text;
using System.Text.Json;
using Kenbaarheid.Functions.Tests.Hosting;

namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>One message of the fault run: its bytes, their sha256 (which every outcome records) and whether it must be issued.</summary>
internal sealed record FaultRunEvent(int Index, byte[] Bytes, string Sha256, bool Valid)
{
    private static readonly string[] ValidSamples =
    [
        "01-huurtoeslag-automated", "02-toeslag-risk-supported", "03-uitwonendenbeurs-prepared",
        "04-parkeervergunning-automated", "05-woz-supported", "06-generated-text-retired-algorithm",
    ];

    private static readonly string[] InvalidSamples = ["90-rejected-bsn-bad-lars-missing-source", "91-rejected-fr-strict-incomplete"];

    /// <summary>
    /// Distinct events made from the samples, each with its own event id and decision id; one in twenty is a
    /// sample that must be rejected, and one in two hundred is not JSON at all (no id, so its record is named by hash).
    /// </summary>
    public static IReadOnlyList<FaultRunEvent> Build(int count) => Enumerable.Range(0, count).Select(Make).ToList();

    private static FaultRunEvent Make(int index)
    {
        var suffix = $"fr{index:D4}";
        var (bytes, valid) = (index % 200) switch
        {
            199 => (Encoding.UTF8.GetBytes($"not an event, number {index}"), false),
            var rest when rest % 20 == 19 => (Encoding.UTF8.GetBytes(HostPayloads.FreshEvent(InvalidSamples[index % InvalidSamples.Length], suffix)), false),
            _ => (Encoding.UTF8.GetBytes(HostPayloads.FreshEvent(ValidSamples[index % ValidSamples.Length], suffix)), true),
        };
        return new FaultRunEvent(index, bytes, StoredBlobs.Sha256(bytes), valid);
    }

    /// <summary>The notice folder a valid event writes to, as "notices/{agency}/{decision}/r{revision}".</summary>
    public string Folder
    {
        get
        {
            using var document = JsonDocument.Parse(Bytes);
            var data = document.RootElement.GetProperty("data");
            var decision = data.GetProperty("decision");
            var revision = decision.TryGetProperty("revision", out var value) ? value.GetInt32() : 1;
            return $"notices/{data.GetProperty("agency").GetProperty("id").GetString()}/{decision.GetProperty("id").GetString()}/r{revision}";
        }
    }
}
