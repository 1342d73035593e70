using System.CommandLine;
using System.Globalization;
using Kenbaarheid.Tooling.Compliance;

namespace Kenbaarheid.Cli.Reports;

/// <summary>
/// The options the reports for people share: <c>--lang nl|en</c> (Dutch by default) and the dates of a period. They
/// are read as text and checked by the command, so a wrong value is a usage error (exit code 2) with a plain message.
/// </summary>
internal static class ReportOptions
{
    public static Option<string> Language() => new("--lang")
    {
        Description = "The language of the report: nl (default) or en.",
        DefaultValueFactory = _ => "nl",
    };

    public static Option<string?> Date(string name, string description) => new(name) { Description = description };

    /// <summary>The report language for <paramref name="text"/>, or a message saying what to write instead.</summary>
    public static (ReportLanguage Language, string? Problem) ParseLanguage(string text) => text switch
    {
        "nl" => (ReportLanguage.Dutch, null),
        "en" => (ReportLanguage.English, null),
        _ => (ReportLanguage.Dutch, $"--lang '{text}' is not a report language; use nl or en."),
    };

    /// <summary>The period of <c>--since</c> and <c>--until</c>, or a message saying what is wrong with them.</summary>
    public static (ReportPeriod Period, string? Problem) ParsePeriod(string? since, string? until)
    {
        var (from, fromProblem) = ParseDate("--since", since);
        var (to, toProblem) = ParseDate("--until", until);
        if ((fromProblem ?? toProblem) is { } problem)
        {
            return (ReportPeriod.All, problem);
        }

        return from > to
            ? (ReportPeriod.All, $"--since {since} is after --until {until}: the period would be empty.")
            : (new ReportPeriod(from, to), null);
    }

    private static (DateOnly? Date, string? Problem) ParseDate(string option, string? text) =>
        text is null
            ? (null, null)
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? (date, null)
                : (null, $"{option} '{text}' is not a date; write it as yyyy-MM-dd, e.g. 2026-11-01.");
}
