namespace Kenbaarheid.Tooling.Compliance;

/// <summary>The language of a report for people at the agency: Dutch by default, English on request.</summary>
public enum ReportLanguage
{
    Dutch,
    English,
}
