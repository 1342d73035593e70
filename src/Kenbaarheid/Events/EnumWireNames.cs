using System.Reflection;
using System.Text.Json.Serialization;

namespace Kenbaarheid.Events;

/// <summary>
/// The wire names of an enum, taken from its <see cref="JsonStringEnumMemberNameAttribute"/>s so the contract's
/// spelling lives in one place. Matching is exact: "Automated" is not "automated".
/// </summary>
internal static class EnumWireNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName = Enum.GetValues<TEnum>().ToDictionary(WireName, value => value, StringComparer.Ordinal);

    /// <summary>The accepted values in declaration order, for messages that list them.</summary>
    public static string AllowedList { get; } = string.Join(", ", Enum.GetValues<TEnum>().Select(WireName));

    public static bool TryParse(string text, out TEnum value) => ByName.TryGetValue(text, out value);

    private static string WireName(TEnum value)
    {
        var name = value.ToString();
        var attribute = typeof(TEnum).GetField(name)?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>();
        return attribute?.Name ?? name;
    }
}
