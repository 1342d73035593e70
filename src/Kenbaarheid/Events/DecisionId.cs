using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Kenbaarheid.Events;

/// <summary>
/// An agency's own id of a decision: 1 to 100 characters of A-Z, a-z, 0-9, '.', '_' and '-', not starting with
/// '.'. It becomes a storage path segment, so a value of this type can never climb out of its folder. The
/// published JSON Schema carries the same pattern.
/// </summary>
[JsonConverter(typeof(TextIdJsonConverter<DecisionId>))]
public readonly partial record struct DecisionId : ITextId<DecisionId>
{
    /// <summary>The longest id the contract allows, in characters.</summary>
    public const int MaxLength = 100;

    private DecisionId(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out DecisionId id)
    {
        id = default;
        if (!IsValid(text))
        {
            return false;
        }

        id = new DecisionId(text);
        return true;
    }

    public static DecisionId Parse(string text) =>
        TryParse(text, out var id)
            ? id
            : throw new FormatException($"'{text}' is not a decision id: 1 to {MaxLength} characters of A-Z, a-z, 0-9, '.', '_' and '-', not starting with '.'.");

    public static bool IsValid([NotNullWhen(true)] string? text) => text is not null && Pattern().IsMatch(text);

    public override string ToString() => Value;

    // [0-9] rather than \d: .NET's \d also matches non-ASCII digits; \z rather than $: .NET's $ also matches before a final newline.
    [GeneratedRegex(@"^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
