using System.Text;
using System.Text.Json.Nodes;
using Kenbaarheid.Tests.Events;

namespace Kenbaarheid.Tests.Hostile;

/// <summary>
/// Several hundred events that break the contract in every way we could think of, each built from a valid
/// sample by one change, so the rejection must point at exactly the field that was broken.
/// </summary>
internal static class HostileEventCorpus
{
    /// <summary>Sample 02 has every part of an event: human review, two algorithms, parameters, operations, a risk classification.</summary>
    private const string Base = SampleEvents.RiskSupported;

    private static readonly string[] RequiredText =
    [
        "/id", "/data/decision/type", "/data/decision/purpose", "/data/decision/outcome", "/data/decision/legalBasis/0/title",
        "/data/recipient/ref", "/data/humanReview/role", "/data/algorithms/0/parameters/0/name", "/data/algorithms/0/parameters/0/effect",
        "/data/data/0/category", "/data/data/0/source", "/data/riskClassification/label", "/data/riskClassification/consequence",
    ];

    private static readonly string[] OptionalText =
    [
        "/data/decision/motivationRef", "/data/algorithms/0/version", "/data/algorithms/0/explanation",
        "/data/algorithms/0/parameters/0/value", "/data/data/0/value", "/data/algorithms/0/operations/0",
    ];

    private static readonly (string Pointer, int Limit)[] Limits =
    [
        ("/id", 200), ("/data/decision/id", 100), ("/data/decision/type", 200), ("/data/decision/purpose", 1000),
        ("/data/decision/outcome", 1000), ("/data/decision/legalBasis/0/title", 200), ("/data/decision/motivationRef", 300),
        ("/data/recipient/ref", 100), ("/data/humanReview/role", 100), ("/data/algorithms/0/version", 50),
        ("/data/algorithms/0/explanation", 1000), ("/data/algorithms/0/parameters/0/name", 200), ("/data/algorithms/0/parameters/0/value", 200),
        ("/data/algorithms/0/parameters/0/effect", 500), ("/data/algorithms/0/operations/0", 300), ("/data/data/0/category", 200),
        ("/data/data/0/source", 200), ("/data/data/0/value", 200), ("/data/riskClassification/label", 200),
        ("/data/riskClassification/consequence", 500),
    ];

    private static readonly string[] Required =
    [
        "/specversion", "/id", "/source", "/type", "/time", "/data", "/data/decision", "/data/decision/id", "/data/decision/date",
        "/data/decision/type", "/data/decision/purpose", "/data/decision/outcome", "/data/agency", "/data/agency/id", "/data/recipient",
        "/data/recipient/ref", "/data/involvement", "/data/humanReview", "/data/humanReview/performed", "/data/humanReview/role",
        "/data/humanReview/canDeviate", "/data/algorithms", "/data/algorithms/0/lars", "/data/algorithms/0/role", "/data/algorithms/0/weight",
        "/data/algorithms/0/parameters/0/name", "/data/algorithms/0/parameters/0/effect", "/data/data", "/data/data/0/category",
        "/data/data/0/source", "/data/data/0/personal", "/data/data/0/special", "/data/riskClassification/applied",
        "/data/riskClassification/label", "/data/riskClassification/producedBy", "/data/riskClassification/consequence",
        "/data/riskClassification/affectedOutcome", "/data/decision/legalBasis", "/data/algorithms/0/parameters", "/data/algorithms/0/operations",
    ];

    private static readonly (string Pointer, JsonNode?[] Values)[] WrongTypes =
    [
        ("/specversion", [1.0, null, new JsonArray()]), ("/id", [42, true, new JsonObject()]), ("/source", [7, null]), ("/type", [false]),
        ("/time", [1732000000, null]), ("/subject", [12]), ("/datacontenttype", [true]), ("/data", ["data", new JsonArray(), null]),
        ("/data/decision", ["x", 1]), ("/data/decision/id", [123, new JsonArray("a")]), ("/data/decision/revision", ["1", 1.5, true, null]),
        ("/data/decision/date", [20261119]), ("/data/decision/type", [new JsonArray()]), ("/data/decision/purpose", [null]),
        ("/data/decision/outcome", [3.14]), ("/data/decision/legalBasis", ["Wet", new JsonObject()]), ("/data/decision/legalBasis/0", ["Wet"]),
        ("/data/decision/legalBasis/0/link", [5]), ("/data/decision/legalEffect", ["true", 1]), ("/data/decision/discretion", [0]),
        ("/data/agency", ["zb999901"]), ("/data/agency/id", [999901]), ("/data/recipient", ["ps-1"]), ("/data/recipient/ref", [12345]),
        ("/data/recipient/language", [1]), ("/data/involvement", [new JsonArray("supported")]), ("/data/humanReview", [true]),
        ("/data/humanReview/performed", ["yes"]), ("/data/humanReview/canDeviate", [0]), ("/data/algorithms", [new JsonObject()]),
        ("/data/algorithms/0", ["61941276"]), ("/data/algorithms/0/lars", [61941276]), ("/data/algorithms/0/role", [3]),
        ("/data/algorithms/0/weight", [0.5]), ("/data/algorithms/0/parameters", [new JsonObject()]), ("/data/algorithms/0/parameters/0", [1]),
        ("/data/algorithms/0/parameters/0/weight", [true, new JsonArray()]), ("/data/algorithms/0/operations", ["step"]),
        ("/data/algorithms/0/operations/0", [1]), ("/data/data", [new JsonObject()]), ("/data/data/0", ["Inkomen"]),
        ("/data/data/0/personal", ["true"]), ("/data/data/0/special", [null]), ("/data/riskClassification", ["hoog"]),
        ("/data/riskClassification/applied", ["true"]), ("/data/riskClassification/affectedOutcome", [1]), ("/data/profiling", ["yes"]),
        ("/data/generatedText", [0]),
    ];

    private static readonly (string Pointer, string Value)[] BadValues =
    [
        ("/specversion", "0.3"), ("/specversion", "1"), ("/specversion", "1.0 "), ("/type", "nl.kenbaarheid.decision.v2"), ("/type", "NL.KENBAARHEID.DECISION.V1"),
        ("/type", "{{type}}"), ("/datacontenttype", "text/html"), ("/time", "20-11-2026"), ("/time", "2026-11-20T10:40:00"), ("/time", "yesterday"),
        ("/time", "2026-13-40T10:40:00Z"), ("/source", ""), ("/source", "http://exa mple.org/<script>"), ("/data/decision/date", "2026-02-30"),
        ("/data/decision/date", "19-11-2026"), ("/data/decision/date", "2026-11-19T00:00:00Z"), ("/data/decision/legalBasis/0/link", "javascript:alert(1)"),
        ("/data/decision/legalBasis/0/link", "http://wetten.overheid.nl/BWBR0008659"), ("/data/decision/legalBasis/0/link", "wetten.overheid.nl"),
        ("/data/decision/legalBasis/0/link", "file:///etc/passwd"), ("/data/decision/discretion", "Bound"), ("/data/decision/discretion", "free"),
        ("/data/recipient/language", "nld"), ("/data/recipient/language", "NL"), ("/data/recipient/language", "../en"), ("/data/involvement", "Automated"),
        ("/data/involvement", "assisted"), ("/data/involvement", "<script>"), ("/data/algorithms/0/role", "risk_assessment"),
        ("/data/algorithms/0/role", "{{#each x}}"), ("/data/algorithms/0/weight", "heavy"), ("/data/algorithms/0/weight", "DECISIVE"),
        ("/data/agency/id", "gm999"), ("/data/agency/id", "gm99999"), ("/data/agency/id", "GM9999"), ("/data/agency/id", "../gm9999"),
        ("/data/agency/id", "gm9999/../zb999901"), ("/data/agency/id", "zb99990a"), ("/data/agency/id", "<b>zb999901</b>"), ("/data/agency/id", "gm1234"),
        ("/data/agency/id", "zb000000"), ("/data/agency/id", "oorg12345"),
    ];

    private static readonly string[] HostileDecisionIds =
    [
        "../x", "..", ".", ".hidden", "a/b", "a\\b", "../../../../etc/passwd", "%2e%2e%2fx", "x\u202Egnp.exe", "x\u200Bx", "\u200B", "ｘ",
        "x y", "x\ty", "x\ny", "<script>", "{{decision.id}}", "{{{x}}}", "a:b", "C:\\x", "x?y", "x*y", "x|y", "\"x\"", "x\u0000y", "é",
        "x\u2028y", "x\uFEFF", "~x", "x#y", "", " ", new string('a', 101),
    ];

    private static readonly string[] ControlCharacters = ["\u0000", "\u0007", "\r", "\u001B[31m", "\u007F", "\u0085", "\u009B"];

    private static readonly string[] BsnForms =
    [
        "111222333", "123456782", "111 222 333", "111.222.333", "111-222-333", "bsn:111222333", "BSN 123456782", "ref-111222333-x",
        "11122233 3", "012345672", "12345672",
    ];

    private static readonly string[] BadLars =
    [
        "61941275", "61941277", "61941270", "61941279", "6194127", "619412766", "6194127x", "01941276", "61940276", " 61941276", "61941276 ",
        "６１９４１２７６", "", "../61941276",
    ];

    private static readonly Lazy<IReadOnlyList<HostileEvent>> Events = new(() => Build().ToList());

    public static IReadOnlyList<HostileEvent> All => Events.Value;

    private static IEnumerable<HostileEvent> Build()
    {
        foreach (var item in Syntax())
        {
            yield return item;
        }

        foreach (var pointer in Required)
        {
            yield return Mutate($"missing {pointer}", tree => tree.Without(pointer), pointer);
        }

        foreach (var (pointer, values) in WrongTypes)
        {
            foreach (var value in values)
            {
                yield return Mutate($"{pointer} as {value?.ToJsonString() ?? "null"}", tree => tree.With(pointer, value?.DeepClone()), pointer);
            }
        }

        foreach (var (pointer, value) in BadValues)
        {
            yield return Mutate($"{pointer} = {value}", tree => tree.With(pointer, value), pointer);
        }

        foreach (var pointer in RequiredText)
        {
            yield return Mutate($"empty {pointer}", tree => tree.With(pointer, ""), pointer);
            yield return Mutate($"blank {pointer}", tree => tree.With(pointer, " \t\n "), pointer);
        }

        foreach (var (pointer, limit) in Limits)
        {
            yield return Mutate($"{pointer} one over {limit}", tree => tree.With(pointer, new string('x', limit + 1)), pointer);
            yield return Mutate($"{pointer} of {limit} emoji plus one", tree => tree.With(pointer, string.Concat(Enumerable.Repeat("😀", limit + 1))), pointer);
        }

        foreach (var pointer in RequiredText.Concat(OptionalText))
        {
            foreach (var control in ControlCharacters)
            {
                yield return Mutate($"{pointer} with U+{(int)control[0]:X4}", tree => tree.With(pointer, $"tekst{control}tekst"), pointer);
            }
        }

        foreach (var pointer in new[] { "/id", "/data/decision/purpose", "/data/recipient/ref" })
        {
            yield return Raw($"{pointer} with an unpaired surrogate", Encoding.UTF8.GetBytes(SampleEvents.Tree(Base).With(pointer, "PLACEHOLDER").ToJsonString()
                .Replace("PLACEHOLDER", "\\uD800x", StringComparison.Ordinal)), pointer);
        }

        foreach (var id in HostileDecisionIds)
        {
            yield return Mutate($"decision id {Printable(id)}", tree => tree.With("/data/decision/id", id), "/data/decision/id");
        }

        foreach (var bsn in BsnForms)
        {
            yield return Mutate($"recipient ref {bsn}", tree => tree.With("/data/recipient/ref", bsn), "/data/recipient/ref");
        }

        foreach (var lars in BadLars)
        {
            yield return Mutate($"lars {Printable(lars)}", tree => tree.With("/data/algorithms/1/lars", lars), "/data/algorithms/1/lars");
            yield return Mutate($"producedBy {Printable(lars)}", tree => tree.With("/data/riskClassification/producedBy", lars), "/data/riskClassification/producedBy");
        }

        foreach (var item in Structure())
        {
            yield return item;
        }
    }

    private static IEnumerable<HostileEvent> Syntax()
    {
        // A trailing newline is whitespace JSON ignores: cut into the JSON itself.
        var valid = SampleEvents.Bytes(Base).AsSpan().TrimEnd("\r\n "u8).ToArray();
        foreach (var cut in new[] { 2, 10, 50, 100, 500, 1000, valid.Length / 2, valid.Length - 2, valid.Length - 1 })
        {
            yield return Raw($"truncated at {cut} bytes", valid[..cut], string.Empty);
        }

        string[] texts =
        [
            "", " ", "\n", "null", "true", "42", "\"event\"", "[]", "[{}]", "{", "}", "{]", "{\"specversion\": \"1.0\",}", "{'specversion': '1.0'}",
            "{\"specversion\": NaN}", "// comment\n{}", "{\"a\": 1} trailing", "{\"a\": \"unterminated}", "{\"a\": 01}", "{\"a\": .5}",
            "{\"a\": \"\\x41\"}", "<event/>", "specversion=1.0", "\uFEFF\uFEFF{}",
        ];
        foreach (var text in texts)
        {
            yield return Raw($"not an event: {Printable(text)}", Encoding.UTF8.GetBytes(text), string.Empty);
        }

        yield return Raw("invalid UTF-8 in a string", [.. valid[..20], 0xC3, 0x28, .. valid[20..]], string.Empty);
        yield return Raw("a lone continuation byte", [.. valid[..50], 0x80, .. valid[50..]], string.Empty);
        yield return Raw("an overlong encoding", [.. valid[..50], 0xC0, 0xAF, .. valid[50..]], string.Empty);
        yield return Raw("UTF-16 instead of UTF-8", Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(valid)), string.Empty);
        yield return Raw("nested 10,000 arrays deep", Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)), string.Empty);
        yield return Raw("an object 500 levels deep in the data", Encoding.UTF8.GetBytes(
            SampleEvents.Tree(Base).ToJsonString()[..^1] + ",\"deep\":" + string.Concat(Enumerable.Repeat("{\"a\":", 500)) + "1" + new string('}', 500) + "}"), string.Empty);
        yield return Mutate("larger than 256 KiB", tree => tree.With("/data/padding", new string('x', 262_144)), string.Empty);
        yield return Raw("a repeated property", Encoding.UTF8.GetBytes(SampleEvents.Tree(Base).ToJsonString().Replace("\"specversion\":\"1.0\"", "\"specversion\":\"1.0\",\"specversion\":\"1.0\"", StringComparison.Ordinal)), "/specversion");
    }

    private static IEnumerable<HostileEvent> Structure()
    {
        yield return Mutate("no algorithms", tree => tree.With("/data/algorithms", new JsonArray()), "/data/algorithms");
        yield return Mutate("eleven algorithms", tree => tree.With("/data/algorithms", Repeat(tree.At("/data/algorithms/1"), 11, "lars", DistinctLars)), "/data/algorithms");
        yield return Mutate("no data", tree => tree.With("/data/data", new JsonArray()), "/data/data");
        yield return Mutate("51 data items", tree => tree.With("/data/data", Repeat(tree.At("/data/data/0"), 51)), "/data/data");
        yield return Mutate("31 parameters", tree => tree.With("/data/algorithms/0/parameters", Repeat(tree.At("/data/algorithms/0/parameters/0"), 31)), "/data/algorithms/0/parameters");
        yield return Mutate("31 operations", tree => tree.With("/data/algorithms/0/operations", Repeat(tree.At("/data/algorithms/0/operations/0"), 31)), "/data/algorithms/0/operations");
        yield return Mutate("no parameters under fr-strict", tree => tree.With("/data/algorithms/0/parameters", new JsonArray()), "/data/algorithms/0/parameters");
        yield return Mutate("no operations under fr-strict", tree => tree.With("/data/algorithms/1/operations", new JsonArray()), "/data/algorithms/1/operations");
        yield return Mutate("no legal basis under fr-strict", tree => tree.With("/data/decision/legalBasis", new JsonArray()), "/data/decision/legalBasis");
        yield return Mutate("the same lars twice", tree => tree.With("/data/algorithms/1/lars", "61941276"), "/data/algorithms/1/lars");
        yield return Mutate("producedBy names no algorithm of the event", tree => tree.With("/data/riskClassification/producedBy", "63712924").With("/data/algorithms/1/lars", "24171410"), "/data/riskClassification/producedBy");
        yield return Mutate("revision 0", tree => tree.With("/data/decision/revision", 0), "/data/decision/revision");
        yield return Mutate("revision -1", tree => tree.With("/data/decision/revision", -1), "/data/decision/revision");
        yield return Mutate("revision beyond a 32-bit integer", tree => tree.With("/data/decision/revision", 4_294_967_296L), "/data/decision/revision");
        yield return Mutate("an agency without a profile", tree => tree.With("/data/agency/id", "gm0344"), "/data/agency/id");
        yield return Mutate("prepared without human review", tree => tree.With("/data/involvement", "prepared").Without("/data/humanReview"), "/data/humanReview");
        yield return Mutate("a subject other than the decision id", tree => tree.With("/subject", "HT-2027-999999"), "/subject");
        yield return Mutate("profiling in a decision no person took", tree => tree.With("/data/involvement", "automated").With("/data/profiling", true), "/data/algorithms/0/weight");
        yield return Mutate("an unregistered algorithm under fr-strict", tree => tree.With("/data/algorithms/1/lars", "12345670"), "/data/algorithms/1/lars");
    }

    /// <summary>Eleven well-formed ids with their check digits, for lists that must not trip the duplicate rule.</summary>
    private static string[] DistinctLars { get; } = Enumerable.Range(1, 11).Select(i => WithCheckDigit($"{1111111 + (i * 1111):D7}")).ToArray();

    private static string WithCheckDigit(string sevenDigits)
    {
        int Digit(int i) => sevenDigits[i] - '0';
        return sevenDigits + (((3 * (Digit(0) + Digit(2) + Digit(4) + Digit(6))) + Digit(1) + Digit(3) + Digit(5)) % 10);
    }

    private static JsonArray Repeat(JsonNode item, int count, string? distinctField = null, string[]? values = null)
    {
        var array = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var copy = item.DeepClone();
            if (distinctField is not null)
            {
                copy[distinctField] = values![i];
            }

            array.Add(copy);
        }

        return array;
    }

    private static HostileEvent Mutate(string name, Action<JsonObject> change, string expectedPath)
    {
        var tree = SampleEvents.Tree(Base);
        change(tree);
        return new HostileEvent(name, tree.ToBytes(), expectedPath);
    }

    private static HostileEvent Raw(string name, byte[] bytes, string expectedPath) => new(name, bytes, expectedPath);

    private static string Printable(string text) =>
        text.Length > 40 ? $"{text.Length} characters" : string.Concat(text.Select(c => char.IsControl(c) || char.IsSurrogate(c) || c > '~' ? $"U+{(int)c:X4}" : c.ToString()));
}
