using System.Globalization;
using System.Text;
using System.Text.Json;
using Kenbaarheid.Events.Fields;

namespace Kenbaarheid.Events;

/// <summary>
/// Reads fields of an event and collects a problem for every rule a field breaks, so the validator can read
/// like the contract table. Each read takes the field's node and its descriptor (<see cref="EventField"/>), whose
/// codes and limits it applies. Reads return null (or the default) for a field that broke a rule, and never echo a
/// field's value in a message unless the caller says the value is safe to show.
/// </summary>
internal sealed class EventReader
{
    private readonly List<Problem> _problems = [];

    public IReadOnlyList<Problem> Problems => _problems;

    public bool HasProblems => _problems.Count > 0;

    public void Report(string code, string path, string message) => _problems.Add(new Problem(code, path, message));

    public EventNode? RequiredObject(EventNode node, RequiredObjectField field) => Object(node, field.Missing, field.WrongType);

    public EventNode? OptionalObject(EventNode node, ObjectField field) => Object(node, missing: null, field.WrongType);

    /// <summary>The items of a required list within its limits; null when missing or not a list.</summary>
    public IReadOnlyList<EventNode>? RequiredArray(EventNode node, RequiredListField field)
    {
        if (!Present(node, field.Missing) || !IsKind(node, field.WrongType, JsonValueKind.Array, ListKind))
        {
            return null;
        }

        var count = node.Element.GetArrayLength();
        if (count < field.MinItems)
        {
            Report(field.TooFew, node.Path, $"{Describe(node.Path)} has {count} items; it needs at least {field.MinItems}.");
        }
        else if (count > field.MaxItems)
        {
            ReportTooMany(node, field.TooMany, count, field.MaxItems);
        }

        return Items(node);
    }

    /// <summary>
    /// The items of an optional list within its limit; empty when absent, null when not a list. For an agency under
    /// fr-strict (<paramref name="strictAgency"/>), an empty list breaks the field's strict minimum.
    /// </summary>
    public IReadOnlyList<EventNode>? OptionalArray(EventNode node, ListField field, string? strictAgency)
    {
        var items = OptionalItems(node, field);
        if (items is { Count: 0 } && strictAgency is not null && field.Strict is { } strict)
        {
            Report(strict.Missing, node.Path, $"Agency {strictAgency} runs the fr-strict regime, which requires {strict.Requirement}: under fr-strict a decision must not go out without a complete notice.");
        }

        return items;
    }

    private List<EventNode>? OptionalItems(EventNode node, ListField field)
    {
        if (!Present(node, missing: null))
        {
            return [];
        }

        if (!IsKind(node, field.WrongType, JsonValueKind.Array, ListKind))
        {
            return null;
        }

        var count = node.Element.GetArrayLength();
        if (field.TooMany is { } tooMany && count > field.MaxItems)
        {
            ReportTooMany(node, tooMany, count, field.MaxItems);
        }

        return Items(node);
    }

    /// <summary>Required free text: not blank, within the field's length, no control characters.</summary>
    public string? RequiredText(EventNode node, RequiredTextField field)
    {
        var text = RequiredString(node, field.Missing, field.WrongType, field.Empty);
        return text is not null && IsWithinTextRules(node.Path, field, text) ? text : null;
    }

    /// <summary>A list item of free text under the same rules: it cannot be missing, but it must not be blank.</summary>
    public string? ItemText(EventNode item, ItemTextField field)
    {
        if (!IsKind(item, field.WrongType, JsonValueKind.String, "a string"))
        {
            return null;
        }

        var text = item.Element.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            Report(field.Empty, item.Path, $"{Describe(item.Path)} is empty or only whitespace; it is required and must hold a value.");
            return null;
        }

        return IsWithinTextRules(item.Path, field, text) ? text : null;
    }

    /// <summary>
    /// Optional free text under the same rules. Blank text counts as absent, so a notice never shows an empty
    /// section for a field an agency filled with spaces.
    /// </summary>
    public string? OptionalText(EventNode node, TextField field)
    {
        var text = OptionalString(node, field.WrongType);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return IsWithinTextRules(node.Path, field, text) ? text : null;
    }

    /// <summary>A required string that must not be blank; its shape is the caller's to check.</summary>
    public string? RequiredString(EventNode node, RequiredStringField field) => RequiredString(node, field.Missing, field.WrongType, field.Empty);

    /// <summary>An optional string, as sent; null when absent or not a string. Its shape is the caller's to check.</summary>
    public string? OptionalString(EventNode node, StringField field) => OptionalString(node, field.WrongType);

    /// <summary>A string that must be exactly the field's one supported value.</summary>
    public void ExactValue(EventNode node, ExactValueField field)
    {
        if (!Present(node, field.Missing) || !IsKind(node, field.WrongType, JsonValueKind.String, "a string"))
        {
            return;
        }

        var text = node.Element.GetString()!;
        if (!string.Equals(text, field.Expected, StringComparison.Ordinal))
        {
            Report(field.UnknownValue, node.Path, $"{Describe(node.Path)} is {Quote(text)}; the only supported value is \"{field.Expected}\" (exact, case-sensitive).");
        }
    }

    public bool? RequiredBoolean(EventNode node, RequiredBooleanField field) =>
        Present(node, field.Missing) && IsBoolean(node, field.WrongType) ? node.Element.GetBoolean() : null;

    public bool OptionalBoolean(EventNode node, BooleanField field, bool defaultValue) =>
        Present(node, missing: null) && IsBoolean(node, field.WrongType) ? node.Element.GetBoolean() : defaultValue;

    public TEnum? RequiredEnum<TEnum>(EventNode node, RequiredEnumField<TEnum> field)
        where TEnum : struct, Enum =>
        Present(node, field.Missing) ? Enum(node, field) : null;

    public TEnum OptionalEnum<TEnum>(EventNode node, EnumField<TEnum> field, TEnum defaultValue)
        where TEnum : struct, Enum =>
        Present(node, missing: null) ? Enum(node, field) ?? defaultValue : defaultValue;

    /// <summary>An optional value without a default: null when absent or not one of the wire names.</summary>
    public TEnum? OptionalEnum<TEnum>(EventNode node, EnumField<TEnum> field)
        where TEnum : struct, Enum =>
        Present(node, missing: null) ? Enum(node, field) : null;

    /// <summary>
    /// An optional whole number: null when absent, otherwise whether it is a JSON number (reporting the field's wrong
    /// type when not). Its range is the caller's to check, with the field's invalid code.
    /// </summary>
    public bool? IsNumber(EventNode node, NumberField field) =>
        Present(node, missing: null) ? IsKind(node, field.WrongType, JsonValueKind.Number, "a number") : null;

    /// <summary>Length in Unicode scalar values and the control character rule shared by every free-text field.</summary>
    public bool IsWithinTextRules(string path, TextField field, string text)
    {
        var ok = true;
        var length = CountCharacters(text);
        if (length > field.MaxLength)
        {
            Report(field.TooLong, path, $"{Describe(path)} is {length} characters long; the limit is {field.MaxLength} characters (counted as Unicode characters, not bytes). Shorten it.");
            ok = false;
        }

        var controlAt = IndexOfControlCharacter(text);
        if (controlAt >= 0)
        {
            Report(field.ControlCharacter, path, $"{Describe(path)} contains the control character U+{(int)text[controlAt]:X4} at position {controlAt + 1}. Text may hold no control characters other than newline (\\n) and tab (\\t); use \\n for line breaks, not \\r\\n.");
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

    private const string ListKind = "a list (JSON array)";

    private EventNode? Object(EventNode node, string? missing, string wrongType) =>
        Present(node, missing) && IsKind(node, wrongType, JsonValueKind.Object, "an object") ? node : null;

    private string? RequiredString(EventNode node, string missing, string wrongType, string empty)
    {
        if (!Present(node, missing) || !IsKind(node, wrongType, JsonValueKind.String, "a string"))
        {
            return null;
        }

        var text = node.Element.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            Report(empty, node.Path, $"{Describe(node.Path)} is empty or only whitespace; it is required and must hold a value.");
            return null;
        }

        return text;
    }

    private string? OptionalString(EventNode node, string wrongType) =>
        Present(node, missing: null) && IsKind(node, wrongType, JsonValueKind.String, "a string") ? node.Element.GetString() : null;

    /// <summary>Reports <paramref name="missing"/> for an absent field that has one (a required field); false when the field is absent.</summary>
    private bool Present(EventNode node, string? missing)
    {
        if (node.Exists)
        {
            return true;
        }

        if (missing is not null)
        {
            Report(missing, node.Path, $"{Describe(node.Path)} is missing; it is required.");
        }

        return false;
    }

    /// <summary>Reports <paramref name="wrongType"/> unless the node holds a value of <paramref name="kind"/>.</summary>
    private bool IsKind(EventNode node, string wrongType, JsonValueKind kind, string expected)
    {
        if (node.Element.ValueKind == kind)
        {
            return true;
        }

        Report(wrongType, node.Path, $"{Describe(node.Path)} must be {expected}, but it is {KindName(node.Element.ValueKind)}.");
        return false;
    }

    private void ReportTooMany(EventNode node, string tooMany, int count, int max) =>
        Report(tooMany, node.Path, $"{Describe(node.Path)} has {count} items; the limit is {max}.");

    private static List<EventNode> Items(EventNode node) =>
        node.Element.EnumerateArray().Select((item, index) => new EventNode(item, $"{node.Path}/{index}", Exists: true)).ToList();

    private bool IsBoolean(EventNode node, string wrongType)
    {
        if (node.Element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return true;
        }

        Report(wrongType, node.Path, $"{Describe(node.Path)} must be a JSON boolean (true or false, without quotes), but it is {KindName(node.Element.ValueKind)}.");
        return false;
    }

    private TEnum? Enum<TEnum>(EventNode node, EnumField<TEnum> field)
        where TEnum : struct, Enum
    {
        if (!IsKind(node, field.WrongType, JsonValueKind.String, "a string"))
        {
            return null;
        }

        var text = node.Element.GetString()!;
        if (EnumWireNames.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        Report(field.UnknownValue, node.Path, $"{Describe(node.Path)} is {Quote(text)}, which is not one of: {EnumWireNames.AllowedList<TEnum>()} (exact, case-sensitive).");
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
