namespace Kenbaarheid.Cli.Validate;

/// <summary>How <c>validate</c> prints its findings.</summary>
internal enum ReportFormat
{
    Text,
    Json,
}
