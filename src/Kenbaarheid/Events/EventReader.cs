using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Kenbaarheid.Pipeline;

namespace Kenbaarheid.Events;

/// <summary>
/// Reads fields of an event and collects a problem for every rule a field breaks, so the validator can read
/// like the contract table. Each read takes the field's node and its code stem; the code is the stem plus the
/// kind of problem (DECISION_PURPOSE + TOO_LONG). Reads return null (or the default) for a field that
/// broke a rule, and never echo a field's value in a message unless the caller says the value is safe to show.
/// </summary>
internal sealed class EventReader
{
    private static readonly HashSet<string> CatalogueCodes = typeof(EventErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    private readonly List<Problem> _problems = [];

    public IReadOnlyList<Problem> Problems => _problems;

    public bool HasProblems => _problems.Count > 0;

    public void Report(string code, string path, string message)
    {
        // A code outside the catalogue would break agencies that match on codes: that is a bug, not bad input.
        if (!CatalogueCodes.Contains(code))
        {
            throw new InvalidOperationException($"Problem code '{code}' is not in {nameof(EventErrorCodes)}; add it there before reporting it.");
        }

        _problems.Add(new Problem(code, path, message));
    }

    public EventNode? RequiredObject(EventNode node, string stem) => Object(node, stem, required: true);

    public EventNode? OptionalObject(EventNode node, string stem) => Object(node, stem, required: false);

    /// <summary>The items of a required list with <paramref name="min"/> to <paramref name="max"/> items; null when missing or not a list.</summary>
    public IReadOnlyList<EventNode>? RequiredArray(EventNode node, string stem, int min, int max) => Array(node, stem, required: true, min, max);

    /// <summary>The items of an optional list of at most <paramref name="max"/> items; empty when absent, null when not a list.</summary>
    public IReadOnlyList<EventNode>? OptionalArray(EventNode node, string stem, int max) => Array(node, stem, required: false, min: 0, max);

    /// <summary>Required free text: not blank, at most <paramref name="maxLength"/> characters, no control characters.</summary>
    public string? RequiredText(EventNode node, string stem, int maxLength)
    {
        var text = RequiredString(node, stem);
        return text is not null && IsWithinTextRules(node.Path, stem, text, maxLength) ? text : null;
    }

    /// <summary>
    /// Optional free text under the same rules. Blank text counts as absent, so a notice never shows an empty
    /// section for a field an agency filled with spaces.
    /// </summary>
    public string? OptionalText(EventNode node, string stem, int maxLength)
    {
        var text = OptionalString(node, stem);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return IsWithinTextRules(node.Path, stem, text, maxLength) ? text : null;
    }

    /// <summary>A required string that must not be blank; pattern checks are the caller's.</summary>
    public string? RequiredString(EventNode node, string stem)
    {
        if (!Present(node, stem, required: true) || !IsKind(node, stem, JsonValueKind.String, "a string"))
        {
            return null;
        }

        var text = node.Element.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            Report($"{stem}_EMPTY", node.Path, $"{Describe(node.Path)} is empty or only whitespace; it is required and must hold a value.");
            return null;
        }

        return text;
    }

    /// <summary>An optional string, as sent; null when absent or not a string.</summary>
    public string? OptionalString(EventNode node, string stem) =>
        Present(node, stem, required: false) && IsKind(node, stem, JsonValueKind.String, "a string") ? node.Element.GetString() : null;

    /// <summary>A string that must be exactly <paramref name="expected"/> (specversion, type, datacontenttype).</summary>
    public void ExactValue(EventNode node, string stem, string expected, bool required)
    {
        if (!Present(node, stem, required) || !IsKind(node, stem, JsonValueKind.String, "a string"))
        {
            return;
        }

        var text = node.Element.GetString()!;
        if (!string.Equals(text, expected, StringComparison.Ordinal))
        {
            Report($"{stem}_UNKNOWN_VALUE", node.Path, $"{Describe(node.Path)} is {Quote(text)}; the only supported value is \"{expected}\" (exact, case-sensitive).");
        }
    }

    public bool? RequiredBoolean(EventNode node, string stem) =>
        Present(node, stem, required: true) && IsBoolean(node, stem) ? node.Element.GetBoolean() : null;

    public bool OptionalBoolean(EventNode node, string stem, bool defaultValue) =>
        Present(node, stem, required: false) && IsBoolean(node, stem) ? node.Element.GetBoolean() : defaultValue;

    public TEnum? RequiredEnum<TEnum>(EventNode node, string stem)
        where TEnum : struct, Enum =>
        Present(node, stem, required: true) ? Enum<TEnum>(node, stem) : null;

    public TEnum OptionalEnum<TEnum>(EventNode node, string stem, TEnum defaultValue)
        where TEnum : struct, Enum =>
        Present(node, stem, required: false) ? Enum<TEnum>(node, stem) ?? defaultValue : defaultValue;

    /// <summary>Reports <c>{stem}_WRONG_TYPE</c> unless the node holds a value of <paramref name="kind"/>.</summary>
    public bool IsKind(EventNode node, string stem, JsonValueKind kind, string expected)
    {
        if (node.Element.ValueKind == kind)
        {
            return true;
        }

        Report($"{stem}_WRONG_TYPE", node.Path, $"{Describe(node.Path)} must be {expected}, but it is {KindName(node.Element.ValueKind)}.");
        return false;
    }

    /// <summary>Reports <c>{stem}_MISSING</c> for an absent required field; false when the field is absent.</summary>
    public bool Present(EventNode node, string stem, bool required)
    {
        if (node.Exists)
        {
            return true;
        }

        if (required)
        {
            Report($"{stem}_MISSING", node.Path, $"{Describe(node.Path)} is missing; it is required.");
        }

        return false;
    }

    /// <summary>Length in Unicode scalar values and the control character rule shared by every free-text field.</summary>
    public bool IsWithinTextRules(string path, string stem, string text, int maxLength)
    {
        var ok = true;
        var length = CountCharacters(text);
        if (length > maxLength)
        {
            Report($"{stem}_TOO_LONG", path, $"{Describe(path)} is {length} characters long; the limit is {maxLength} characters (counted as Unicode characters, not bytes). Shorten it.");
            ok = false;
        }

        var controlAt = IndexOfControlCharacter(text);
        if (controlAt >= 0)
        {
            Report($"{stem}_CONTROL_CHARACTER", path, $"{Describe(path)} contains the control character U+{(int)text[controlAt]:X4} at position {controlAt + 1}. Text may hold no control characters other than newline (\\n) and tab (\\t); use \\n for line breaks, not \\r\\n.");
            ok = false;
        }

        return ok;
    }

    /// <summary>Unicode scalar values, the unit the contract's limits use: an emoji counts once, not as two UTF-16 units.</summary>
    public static int CountCharacters(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>The index of the first control character other than newline and tab (C0, DEL and C1), or -1.</summary>
    public static int IndexOfControlCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < ' ' && c != '\n' && c != '\t') || c is >= '\u007F' and <= '\u009F')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A pointer made readable for a message: "/data/algorithms/0/lars" becomes "data.algorithms[0].lars".</summary>
    public static string Describe(string path)
    {
        if (path.Length == 0)
        {
            return "The event";
        }

        var text = new StringBuilder();
        foreach (var segment in path[1..].Split('/'))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (name.Length > 0 && name.All(char.IsAsciiDigit))
            {
                text.Append(CultureInfo.InvariantCulture, $"[{name}]");
            }
            else
            {
                text.Append(text.Length == 0 ? "" : ".").Append(name);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Quotes a value that is safe to show (an enum value, an id): short and printable. Anything else is described
    /// by its length only, so a mistaken value cannot carry personal data into a rejection record.
    /// </summary>
    public static string Quote(string value) =>
        CountCharacters(value) <= 40 && IndexOfControlCharacter(value) < 0 && !value.Contains('"', StringComparison.Ordinal)
            ? $"\"{value}\""
            : $"a value of {CountCharacters(value)} characters";

    private EventNode? Object(EventNode node, string stem, bool required) =>
        Present(node, stem, required) && IsKind(node, stem, JsonValueKind.Object, "an object") ? node : null;

    private List<EventNode>? Array(EventNode node, string stem, bool required, int min, int max)
    {
        if (!Present(node, stem, required))
        {
            return required ? null : [];
        }

        if (!IsKind(node, stem, JsonValueKind.Array, "a list (JSON array)"))
        {
            return null;
        }

        var count = node.Element.GetArrayLength();
        if (count < min)
        {
            Report($"{stem}_TOO_FEW", node.Path, $"{Describe(node.Path)} has {count} items; it needs at least {min}.");
        }
        else if (count > max)
        {
            Report($"{stem}_TOO_MANY", node.Path, $"{Describe(node.Path)} has {count} items; the limit is {max}.");
        }

        return node.Element.EnumerateArray().Select((item, index) => new EventNode(item, $"{node.Path}/{index}", Exists: true)).ToList();
    }

    private bool IsBoolean(EventNode node, string stem)
    {
        if (node.Element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return true;
        }

        Report($"{stem}_WRONG_TYPE", node.Path, $"{Describe(node.Path)} must be a JSON boolean (true or false, without quotes), but it is {KindName(node.Element.ValueKind)}.");
        return false;
    }

    private TEnum? Enum<TEnum>(EventNode node, string stem)
        where TEnum : struct, Enum
    {
        if (!IsKind(node, stem, JsonValueKind.String, "a string"))
        {
            return null;
        }

        var text = node.Element.GetString()!;
        if (EnumWireNames.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        Report($"{stem}_UNKNOWN_VALUE", node.Path, $"{Describe(node.Path)} is {Quote(text)}, which is not one of: {EnumWireNames.AllowedList<TEnum>()} (exact, case-sensitive).");
        return null;
    }

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null (leave an optional field out instead of sending null)",
        _ => "not a value",
    };
}
