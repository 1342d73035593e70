using System.Globalization;
using Kenbaarheid.Events;

namespace Kenbaarheid.Explanation;

/// <summary>
/// Parameters as a reader can take them: a weight given as a figure gets its place among the figures of the same
/// algorithm (a plain scale), so no notice shows a bare decimal; and a data item the event gives no value for shows
/// the value of the parameter of the same name, rather than "not stated" beside that very value.
/// </summary>
internal static class ParameterRule
{
    public static List<ParameterFacts> Explain(IReadOnlyList<AlgorithmParameter> parameters)
    {
        var figures = parameters.Select(p => Figure(p.Weight)).ToList();
        var given = figures.OfType<decimal>().ToList();
        return parameters.Select((parameter, i) =>
        {
            var figure = figures[i];
            var kind = parameter.Weight is null ? WeightKind.None : figure is null ? WeightKind.Text : WeightKind.Figure;
            return new ParameterFacts(parameter.Name, parameter.Value, parameter.Effect, parameter.Weight, kind, figure, figure is { } f ? Rank(f, given) : null);
        }).ToList();
    }

    /// <summary>The value of a parameter whose name is the data item's category (singular or plural), when the item has none of its own.</summary>
    public static string? ValueFor(DataItem item, IEnumerable<AlgorithmUse> algorithms)
    {
        if (item.Value is not null)
        {
            return null;
        }

        var category = Normalize(item.Category);
        return algorithms.SelectMany(a => a.Parameters)
            .FirstOrDefault(p => p.Value is not null && SameName(category, Normalize(p.Name)))?.Value;
    }

    private static readonly string[] PluralSuffixes = ["en", "s", "n"];

    private static decimal? Figure(string? weight) =>
        decimal.TryParse(weight, NumberStyles.Float, CultureInfo.InvariantCulture, out var figure) ? figure : null;

    private static WeightRank Rank(decimal figure, List<decimal> figures) =>
        figures.Count == 1 ? WeightRank.Only
        : figures.All(f => f == figures[0]) ? WeightRank.Equal
        : figure == figures.Max() ? WeightRank.Heaviest
        : figure == figures.Min() ? WeightRank.Lightest
        : WeightRank.Between;

    private static string Normalize(string name) => string.Join(' ', name.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Dutch plurals add -en, -s or -n; "eerdere terugvorderingen" names the parameter "eerdere terugvordering".
    private static bool SameName(string a, string b) =>
        a == b || PluralSuffixes.Any(suffix => a == b + suffix || b == a + suffix);
}
