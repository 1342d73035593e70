using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>
/// What must never appear in telemetry, and the search for it. Every string value of every event sent is looked for,
/// under any key, as it was sent and as the code may transform it before it writes a line: made path-safe (unsafe
/// characters become '_'), JSON-escaped, URL-escaped. A leak is any run of <see cref="RunLength"/> characters of such
/// a form, so a value cut short, or quoted in part, is found too. Values shorter than that are looked for whole from
/// <see cref="ShortestWhole"/> characters on.
/// </summary>
/// <remarks>
/// Not looked for, because they say nothing of a person: the words the contract itself fixes (every <c>const</c>
/// and <c>enum</c> value of the event schema, such as <c>application/json</c>), and the scheme and host of a link
/// (its path is looked for). The ids the handler logs on purpose (event id, decision id and subject, agency id,
/// message id) are allowed in their path-safe form, so runs inside the path-safe form of any of them are not looked
/// for; a run of such an id that holds a character the path-safe form replaces is, since only the raw id can show it.
/// </remarks>
internal sealed partial class PersonalDataSearch(IReadOnlySet<string> contractWords)
{
    public const int RunLength = 8;
    public const int ShortestWhole = 5;

    private static readonly string[] IdPointers = ["/id", "/subject", "/data/decision/id", "/data/agency/id"];

    private readonly Dictionary<string, string> _needles = new(StringComparer.Ordinal);
    private readonly List<string> _allowed = [];
    private readonly HashSet<string> _values = new(StringComparer.Ordinal);

    /// <summary>Distinct string values of the events sent (and raw message ids) that were looked for.</summary>
    public int ValuesLookedFor => _values.Count;

    /// <summary>Distinct runs and short whole values looked for, before the baseline's are set aside.</summary>
    public int RunsLookedFor => Needles().Count;

    /// <summary>Every string value of an event sent; from bytes that are not JSON, the stretches of text between quotes.</summary>
    public void AddEvent(string body)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            root = null;
        }

        if (root is null)
        {
            // Cut short or broken: the quoted stretches, but not the names of members (a quote followed by ':').
            var parts = body.Split('"');
            for (var i = 1; i < parts.Length; i += 2)
            {
                if (i + 1 >= parts.Length || !parts[i + 1].TrimStart().StartsWith(':'))
                {
                    AddValue(parts[i]);
                }
            }

            return;
        }

        foreach (var pointer in IdPointers)
        {
            if (At(root, pointer) is JsonValue id && id.TryGetValue<string>(out var text))
            {
                AddId(text);
            }
        }

        foreach (var (_, node) in JsonTree.Descendants(root))
        {
            if (node is JsonValue value && value.TryGetValue<string>(out var text))
            {
                AddValue(text);
            }
        }
    }

    /// <summary>An id logged on purpose in its path-safe form (e.g. a Service Bus message id): only the raw form leaks.</summary>
    public void AddId(string id)
    {
        _allowed.Add(PathSafeId.From(id));
        _values.Add(id);
        foreach (var run in Runs(id).Where(run => UnsafeCharacter().IsMatch(run)))
        {
            _needles.TryAdd(run, id);
        }
    }

    /// <summary>
    /// Each line that holds a personal value, with the run found and the value it belongs to. A run that also stands
    /// in the baseline, what was captured before any event was sent, is the handler's own text (a word of a framework
    /// line, say), not a leak.
    /// </summary>
    public IReadOnlyList<string> FindIn(IEnumerable<(string Kind, string Line)> seen, IReadOnlyCollection<string> baseline)
    {
        var machineText = string.Join('\n', baseline);
        var machineRuns = Runs(machineText).ToHashSet(StringComparer.Ordinal);
        var needles = Needles()
            .Where(needle => needle.Key.Length == RunLength ? !machineRuns.Contains(needle.Key) : !machineText.Contains(needle.Key, StringComparison.Ordinal))
            .ToDictionary(StringComparer.Ordinal);
        var lookup = needles.GetAlternateLookup<ReadOnlySpan<char>>();
        var shortOnes = needles.Keys.Where(needle => needle.Length < RunLength).ToList();
        var leaks = new List<string>();
        foreach (var (kind, line) in seen)
        {
            // Stack frames name code, never data, and method signatures would match runs of ordinary words.
            var span = StackFrame().Replace(line, string.Empty).AsSpan();
            for (var at = 0; at + RunLength <= span.Length; at++)
            {
                if (lookup.TryGetValue(span.Slice(at, RunLength), out var run, out var value))
                {
                    leaks.Add($"{kind}: '{run}' of '{value}' in {line}");
                    break;
                }
            }

            leaks.AddRange(shortOnes.Where(needle => line.Contains(needle, StringComparison.Ordinal)).Select(needle => $"{kind}: '{needle}' in {line}"));
        }

        return leaks;
    }

    private Dictionary<string, string> Needles()
    {
        var allowedRuns = _allowed.SelectMany(Runs).ToHashSet(StringComparer.Ordinal);
        return _needles
            .Where(needle => needle.Key.Length == RunLength ? !allowedRuns.Contains(needle.Key) : !_allowed.Any(id => id.Contains(needle.Key, StringComparison.Ordinal)))
            .ToDictionary(StringComparer.Ordinal);
    }

    private void AddValue(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length < ShortestWhole || contractWords.Contains(trimmed))
        {
            return;
        }

        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var link) && (link.Scheme == Uri.UriSchemeHttps || link.Scheme == Uri.UriSchemeHttp))
        {
            _allowed.Add(link.GetLeftPart(UriPartial.Authority) + "/");
        }

        _values.Add(trimmed);
        foreach (var form in Forms(trimmed))
        {
            if (form.Length < RunLength)
            {
                _needles.TryAdd(form, trimmed);
                continue;
            }

            foreach (var run in Runs(form))
            {
                _needles.TryAdd(run, trimmed);
            }
        }
    }

    private static IEnumerable<string> Forms(string value) =>
        new[]
        {
            value,
            UnsafeCharacter().Replace(value, "_"),
            JsonEncodedText.Encode(value, JavaScriptEncoder.Default).ToString(),
            JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(),
            Uri.EscapeDataString(value),
        }.Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> Runs(string text) =>
        Enumerable.Range(0, Math.Max(0, text.Length - RunLength + 1)).Select(at => text.Substring(at, RunLength));

    private static JsonNode? At(JsonNode root, string pointer) =>
        pointer[1..].Split('/').Aggregate((JsonNode?)root, (node, segment) => node is JsonObject obj ? obj[segment] : null);

    /// <summary>Every <c>const</c> and <c>enum</c> string of a JSON schema: the contract's own words.</summary>
    public static IReadOnlySet<string> ContractWords(string schemaPath)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, node) in JsonTree.Descendants(JsonNode.Parse(File.ReadAllText(schemaPath))))
        {
            if (name is "const" or "enum" && node is JsonValue value && value.TryGetValue<string>(out var word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    [GeneratedRegex(@"^\s*at [^\n]*\)( in [^\n]*)?$", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex UnsafeCharacter();
}
