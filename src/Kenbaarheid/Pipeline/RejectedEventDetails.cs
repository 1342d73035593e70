using System.Globalization;
using System.Text.Json;
using Kenbaarheid.Events;

namespace Kenbaarheid.Pipeline;

/// <summary>
/// What a rejection record keeps of the rejected event besides its ids, read best-effort once when it is rejected, so
/// no reader of the store parses the raw event again: the revision when the event gives one that can name a notice (a
/// whole number of at least 1; null when it gives none, although the pipeline would take that as 1), the decision
/// date when it is a calendar date, and the <c>lars</c> of each algorithm at its index (null where it is not a
/// string). The event may be broken anywhere or not be JSON at all; then there is nothing.
/// </summary>
internal static class RejectedEventDetails
{
    public static (int? Revision, DateOnly? DecisionDate, IReadOnlyList<string?> Algorithms) Read(ReadOnlyMemory<byte> eventBytes)
    {
        try
        {
            using var document = JsonDocument.Parse(eventBytes);
            if (Property(document.RootElement, "data") is not { } data)
            {
                return (null, null, []);
            }

            var decision = Property(data, "decision");
            var revision = decision is { } withRevision && Property(withRevision, "revision") is { } number
                && RevisionNumber.TryRead(number, out var value) && value >= 1
                    ? value
                    : (int?)null;
            var date = decision is { } withDate && Property(withDate, "date") is { ValueKind: JsonValueKind.String } text
                && DateOnly.TryParseExact(text.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                    ? parsed
                    : (DateOnly?)null;
            var algorithms = Property(data, "algorithms") is { ValueKind: JsonValueKind.Array } list
                ? list.EnumerateArray().Select(a => Property(a, "lars") is { ValueKind: JsonValueKind.String } lars ? lars.GetString() : null).ToList()
                : [];
            return (revision, date, algorithms);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException)
        {
            // Not JSON, or text that cannot be unescaped (an unpaired surrogate): it names nothing.
            return (null, null, []);
        }
    }

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;
}
