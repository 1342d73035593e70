namespace Kenbaarheid.Cli;

/// <summary>The tool's exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Every event got its outcome (issued or rejected).</summary>
    public const int Success = 0;

    /// <summary>The system failed: the output could not be written, or the configuration could not be read.</summary>
    public const int SystemFailure = 1;

    /// <summary>The command was used wrongly, e.g. an input path that does not exist.</summary>
    public const int UsageError = 2;

    /// <summary>
    /// A check found problems: <c>templates check</c> findings, a template that fails them on <c>templates approve</c>,
    /// or <c>reconcile</c> finding a decision without its notice (missing, unfinished, or rejected with no notice since).
    /// </summary>
    public const int CheckFailed = 3;
}
