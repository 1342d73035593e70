using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Kenbaarheid.Tests.Events;

/// <summary>
/// Generates sample events with a few random edits: field-level edits (a field removed or replaced by a hostile
/// value) and then, in half the cases, byte-level damage (truncation, flipped bytes, inserted fragments, deleted
/// spans). Few edits keep most events well-formed JSON, so the field rules are exercised, not only the parser.
/// </summary>
public static class MutatedSamples
{
    private static readonly string[] AllSamples =
        [.. SampleEvents.Valid, SampleEvents.RejectedBsn, SampleEvents.RejectedStrict];

    private static readonly string[] Fragments =
    [
        "\"", "{", "}", "[", "]", ",", ":", "null", "true", "-1", "1e999", "0.5", "\\u0000", "\\ud800", "\\udc00", "\\ud83d\\ude00",
        "\\", "\\\\", "\u0000", "\r", "😀", "\"a\":1,", "\"id\":\"x\",", "\"revision\":2,", "111222333", " ", "\uFEFF", "~/", "\u0085",
    ];

    private static readonly string[] HostileValues =
    [
        "null", "\"\"", "\" \"", "0", "-1", "1.5", "1e400", "true", "[]", "{}", "[{}]", "\"x\"", $"\"{new string('x', 1001)}\"",
        "\"\\r\"", "\"\\u0000\"", "\"\\u009f\"", "\"111222333\"", "\"1112 22 333\"", "\"11111115\"", "\"63712925\"", "\"automated\"",
        "\"supported\"", "\"..\"", "\".x\"", "\"2026-02-30\"", "\"https://x\"", "\"http://x\"", "\"gm0000\"", "\"zb999901\"",
        "{\"applied\":true}", "{\"applied\":false}", "[1,2,3]", "\"😀😀\"", "{\"a/b~c\":1}",
    ];

    public static Arbitrary<MutatedEvent> Events() => EventGenerator().ToArbitrary();

    private static Gen<MutatedEvent> EventGenerator() =>
        from sample in Gen.Elements(AllSamples)
        from fieldEditCount in Gen.Choose(0, 4)
        from fieldEdits in Gen.ListOf(FieldEdit(), fieldEditCount)
        from byteEditCount in Gen.Elements(0, 0, 1, 2)
        from byteEdits in Gen.ListOf(ByteEdit(), byteEditCount)
        select Apply(sample, fieldEdits.Concat(byteEdits));

    private static MutatedEvent Apply(string sample, IEnumerable<Step> steps)
    {
        var bytes = SampleEvents.Bytes(sample);
        var description = new StringBuilder(sample);
        foreach (var step in steps)
        {
            bytes = step.Apply(bytes);
            description.Append(" | ").Append(step.Description);
        }

        return new MutatedEvent(description.ToString(), bytes);
    }

    private static Gen<Step> ByteEdit() =>
        from kind in Gen.Choose(0, 3)
        from at in Gen.Choose(0, 10_000)
        from length in Gen.Choose(1, 32)
        from mask in Gen.Choose(1, 255)
        from fragment in Gen.Elements(Fragments)
        select kind switch
        {
            0 => new Step($"truncate at {at}‱", bytes => bytes[..Position(bytes, at)]),
            1 => new Step($"xor byte at {at}‱ with {mask}", bytes => FlipByte(bytes, Position(bytes, at), (byte)mask)),
            2 => new Step($"insert {JsonSerializer.Serialize(fragment)} at {at}‱", bytes => [.. bytes[..Position(bytes, at)], .. Encoding.UTF8.GetBytes(fragment), .. bytes[Position(bytes, at)..]]),
            _ => new Step($"delete {length} bytes at {at}‱", bytes => [.. bytes[..Position(bytes, at)], .. bytes[Math.Min(bytes.Length, Position(bytes, at) + length)..]]),
        };

    private static Gen<Step> FieldEdit() =>
        from at in Gen.Choose(0, 100_000)
        from remove in Gen.Elements(false, false, true)
        from value in Gen.Elements(HostileValues)
        select new Step(remove ? $"remove field #{at}" : $"set field #{at} to {Shorten(value)}", bytes => EditField(bytes, at, remove ? null : value));

    /// <summary>Edits one field of a document that still parses; a document that no longer parses is left to the byte edits.</summary>
    private static byte[] EditField(byte[] bytes, int at, string? json)
    {
        try
        {
            var root = JsonNode.Parse(bytes);
            var places = new List<(JsonNode Parent, string? Name, int Index)>();
            Collect(root, places);
            if (places.Count == 0)
            {
                return bytes;
            }

            var (parent, name, index) = places[at % places.Count];
            var replacement = json is null ? null : JsonNode.Parse(json);
            switch (parent)
            {
                case JsonObject obj when json is null:
                    obj.Remove(name!);
                    break;
                case JsonObject obj:
                    obj[name!] = replacement;
                    break;
                case JsonArray array when json is null:
                    array.RemoveAt(index);
                    break;
                case JsonArray array:
                    array[index] = replacement;
                    break;
            }

            return Encoding.UTF8.GetBytes(root!.ToJsonString());
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException)
        {
            // JsonNode reads lazily, so damage made by an earlier byte edit can surface anywhere in here.
            return bytes;
        }
    }

    private static void Collect(JsonNode? node, List<(JsonNode Parent, string? Name, int Index)> places)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    places.Add((obj, name, -1));
                    Collect(child, places);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    places.Add((array, null, i));
                    Collect(array[i], places);
                }

                break;
        }
    }

    private static int Position(byte[] bytes, int perTenThousand) => (int)((long)bytes.Length * perTenThousand / 10_000);

    private static byte[] FlipByte(byte[] bytes, int at, byte mask)
    {
        if (at >= bytes.Length)
        {
            return bytes;
        }

        var copy = bytes.ToArray();
        copy[at] ^= mask;
        return copy;
    }

    private static string Shorten(string value) => value.Length > 30 ? $"{value[..30]}… ({value.Length} chars)" : value;

    private sealed record Step(string Description, Func<byte[], byte[]> Apply);
}
