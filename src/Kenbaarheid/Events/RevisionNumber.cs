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
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDecimal(out var value)
            || value != decimal.Truncate(value) || value < int.MinValue || value > int.MaxValue)
        {
            return false;
        }

        revision = (int)value;
        return true;
    }
}
