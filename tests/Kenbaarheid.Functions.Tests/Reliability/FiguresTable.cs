using System.Globalization;
using Xunit.Abstractions;

namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>
/// The figures a reliability test produced, printed to the test output as a Markdown table, so docs/RELIABILITY.md
/// can show the numbers of a real run and anyone can reproduce them.
/// </summary>
internal sealed class FiguresTable(string title)
{
    private readonly List<(string Figure, string Value)> _rows = [];

    public FiguresTable Add(string figure, object value)
    {
        _rows.Add((figure, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty));
        return this;
    }

    public FiguresTable Add(string figure, TimeSpan duration) => Add(figure, $"{duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");

    public void WriteTo(ITestOutputHelper output)
    {
        output.WriteLine($"### {title}");
        output.WriteLine(string.Empty);
        output.WriteLine("| figure | value |");
        output.WriteLine("|---|---|");
        foreach (var (figure, value) in _rows)
        {
            output.WriteLine($"| {figure} | {value} |");
        }
    }
}
