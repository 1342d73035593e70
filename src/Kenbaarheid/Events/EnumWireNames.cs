using System.Reflection;
using System.Text.Json.Serialization;

namespace Kenbaarheid.Events;

/// <summary>
/// The wire names of an enum, taken from its <see cref="JsonStringEnumMemberNameAttribute"/>s so the contract's
/// spelling lives in one place. Matching is exact: "Automated" is not "automated".
/// </summary>
public static class EnumWireNames
{
    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ByName.TryGetValue(text, out value);

    /// <summary>The wire name of a value, for messages and reports that speak the contract's language.</summary>
    public static string NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ByValue[value];

    /// <summary>The accepted values in declaration order, for messages that list them.</summary>
    public static string AllowedList<TEnum>()
        where TEnum : struct, Enum => Names<TEnum>.Allowed;

    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> ByValue = Enum.GetValues<TEnum>().ToDictionary(value => value, WireName);

        public static readonly Dictionary<string, TEnum> ByName = ByValue.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

        public static readonly string Allowed = string.Join(", ", Enum.GetValues<TEnum>().Select(WireName));

        private static string WireName(TEnum value)
        {
            var name = value.ToString();
            var attribute = typeof(TEnum).GetField(name)?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>();
            return attribute?.Name ?? name;
        }
    }
}
