using System.Text.Json;

namespace Kenbaarheid.Events;

/// <summary>
/// Reads a revision number: a JSON number without a fraction. "1.0" and "1e0" count as 1, as JSON Schema's
/// "integer" counts them; "1.5" does not. Whether it is at least 1 is the validator's rule.
/// </summary>
internal static class RevisionNumber
{
    public static bool TryRead(JsonElement element, out int revision)
    {
        revision = 0;
        return element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var value) && TryWhole(value, out revision);
    }

    /// <summary>The same rule for the number token a forward-only reader stands on.</summary>
    public static bool TryRead(ref Utf8JsonReader reader, out int revision)
    {
        revision = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value) && TryWhole(value, out revision);
    }

    private static bool TryWhole(decimal value, out int revision)
    {
        revision = 0;
        if (value != decimal.Truncate(value) || value < int.MinValue || value > int.MaxValue)
        {
            return false;
        }

        revision = (int)value;
        return true;
    }
}
