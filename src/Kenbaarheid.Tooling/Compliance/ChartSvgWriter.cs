using System.Globalization;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace Kenbaarheid.Tooling.Compliance;

/// <summary>
/// Draws a <see cref="ReportChart"/> as inline SVG with OxyPlot: bars per category, stacked or side by side. The output
/// is deterministic (OxyPlot writes numbers culture-invariant, measures text with its built-in font metrics (<see cref="WideFontTextMeasurer"/>)
/// instead of the machine's fonts, and numbers its clip paths per chart), so the same report is the same bytes on every run. The
/// SVG carries <c>role="img"</c> and the chart's summary as its accessible name; the table beside it has the numbers.
/// </summary>
public static class ChartSvgWriter
{
    // Dark enough on white for WCAG AA as graphics (3:1), and told apart by more than hue: blue, orange-brown, dark grey, green, purple.
    private static readonly OxyColor[] Palette =
    [
        OxyColor.FromRgb(0x15, 0x42, 0x73), OxyColor.FromRgb(0xB3, 0x5C, 0x00), OxyColor.FromRgb(0x4D, 0x4D, 0x4D),
        OxyColor.FromRgb(0x2E, 0x7D, 0x32), OxyColor.FromRgb(0x6A, 0x1B, 0x9A), OxyColor.FromRgb(0x00, 0x6D, 0x77),
        OxyColor.FromRgb(0x8A, 0x11, 0x11), OxyColor.FromRgb(0x37, 0x47, 0x4F),
    ];

    private const double Width = 720;

    public static string Write(ReportChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var legend = chart.Series.Count > 1 ? 20 * chart.Series.Count : 0;
        var height = legend + (chart.OverTime ? 320 : Math.Max(140, 70 + (chart.Categories.Count * ((24 * chart.Series.Count) + 12))));
        var svg = SvgExporter.ExportToString(Plot(chart), Width, height, isDocument: false, new WideFontTextMeasurer(Width, height));
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"OxyPlot wrote no <svg> element for chart '{chart.Id}'.");
        }

        // OxyPlot numbers clip paths from 1 in every chart; one page holds many charts, so each gets the chart's id in front.
        var body = svg[(start + "<svg".Length)..].TrimEnd()
            .Replace("id=\"clipPath", $"id=\"{chart.Id}-clipPath", StringComparison.Ordinal)
            .Replace("url(#clipPath", $"url(#{chart.Id}-clipPath", StringComparison.Ordinal);
        return $"<svg role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(chart.Summary)}\" focusable=\"false\"{body}\n";
    }

    /// <summary>The OxyPlot model of a chart; tests read its bars to hold the picture to the table.</summary>
    internal static PlotModel Plot(ReportChart chart)
    {
        var model = new PlotModel
        {
            Background = OxyColors.White,
            TextColor = OxyColor.FromRgb(0x11, 0x11, 0x11),
            PlotAreaBorderColor = OxyColor.FromRgb(0x66, 0x66, 0x66),
            DefaultFont = "Arial",
            DefaultFontSize = 12,
            Culture = CultureInfo.InvariantCulture,
        };
        if (!chart.OverTime)
        {
            // Room for "name cut at 24 characters (lars)" in a wide font.
            model.PlotMargins = new OxyThickness(250, double.NaN, 30, double.NaN);
        }

        var categories = new CategoryAxis
        {
            Position = chart.OverTime ? AxisPosition.Bottom : AxisPosition.Left,
            Key = "categories",
            GapWidth = 0.4,
            IsZoomEnabled = false,
            IsPanEnabled = false,
        };
        categories.Labels.AddRange(chart.Categories);
        if (!chart.OverTime)
        {
            // Algorithms read top to bottom in the same order as the table.
            categories.StartPosition = 1;
            categories.EndPosition = 0;
        }

        var max = chart.Stacked
            ? Enumerable.Range(0, chart.Categories.Count).Select(i => chart.Series.Sum(s => s.Values[i])).DefaultIfEmpty(0).Max()
            : chart.Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        var values = new LinearAxis
        {
            Position = chart.OverTime ? AxisPosition.Left : AxisPosition.Bottom,
            Key = "values",
            Minimum = 0,
            Maximum = Math.Max(1, max) * 1.15,
            MajorStep = Math.Max(1, Math.Ceiling(max / 5.0)),
            MinorStep = Math.Max(1, Math.Ceiling(max / 5.0)),
            StringFormat = "0",
            MajorGridlineStyle = LineStyle.Solid,
            MajorGridlineColor = OxyColor.FromRgb(0xDD, 0xDD, 0xDD),
            IsZoomEnabled = false,
            IsPanEnabled = false,
        };
        model.Axes.Add(categories);
        model.Axes.Add(values);
        if (chart.Series.Count > 1)
        {
            // One legend line per series below the chart: the reader's font may be wider than OxyPlot measured, and a line has room to spare.
            model.Legends.Add(new Legend { LegendPosition = LegendPosition.BottomLeft, LegendPlacement = LegendPlacement.Outside, LegendOrientation = LegendOrientation.Vertical, LegendLineSpacing = 4 });
        }

        foreach (var (series, index) in chart.Series.Select((s, i) => (s, i)))
        {
            var bars = new BarSeries
            {
                Title = series.Name,
                FillColor = Palette[index % Palette.Length],
                IsStacked = chart.Stacked,
                XAxisKey = values.Key,
                YAxisKey = categories.Key,
                LabelFormatString = chart.Stacked ? null : "{0}",
                LabelPlacement = LabelPlacement.Outside,
            };
            bars.Items.AddRange(series.Values.Select(v => new BarItem(v)));
            model.Series.Add(bars);
        }

        return model;
    }
}
