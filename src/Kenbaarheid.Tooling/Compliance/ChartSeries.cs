namespace Kenbaarheid.Tooling.Compliance;

/// <summary>One series of a chart: its name (shown in the legend and as a table column) and one value per category.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<int> Values);
