namespace Kenbaarheid.Tooling.Compliance;

/// <summary>
/// One chart of the compliance report, as data: the picture (<see cref="ChartSvgWriter"/>) and its text alternative, a
/// table, are both drawn from this one record, so they cannot tell different numbers. <see cref="Categories"/> run along
/// the time axis for a chart <see cref="OverTime"/>, otherwise they are algorithms listed top to bottom.
/// </summary>
public sealed record ReportChart(
    string Id,
    string Title,
    string Summary,
    string CategoryHeader,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    bool OverTime,
    bool Stacked);
