using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Kenbaarheid.Reporting;

namespace Kenbaarheid.Cli.Reports;

/// <summary>The options the reports for people share: <c>--lang nl|en</c> (Dutch by default) and the dates of a period.</summary>
internal static class ReportOptions
{
    public static Option<ReportLanguage> Language()
    {
        return new Option<ReportLanguage>("--lang")
        {
            Description = "The language of the report: nl (default) or en.",
            DefaultValueFactory = _ => ReportLanguage.Dutch,
            CustomParser = result => result.Tokens.Single().Value switch
            {
                "nl" => ReportLanguage.Dutch,
                "en" => ReportLanguage.English,
                var other => Fail<ReportLanguage>(result, $"--lang '{other}' is not a report language; use nl or en."),
            },
        };
    }

    public static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : Fail<DateOnly?>(result, $"'{text}' is not a date; write it as yyyy-MM-dd, e.g. 2026-11-01.");
    }

    private static T Fail<T>(ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}
