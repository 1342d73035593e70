using System.Collections.Concurrent;
using System.Text.Json;

namespace Kenbaarheid.Pipeline;

/// <summary>
/// The name an enum value has on the wire (its <c>JsonStringEnumMemberName</c>), so messages and templates
/// use the names of the contract rather than the C# names.
/// </summary>
public static class EnumWireName
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Cache.GetOrAdd(value, static (_, v) => JsonSerializer.Deserialize<string>(JsonSerializer.SerializeToUtf8Bytes(v))!, value);
}
