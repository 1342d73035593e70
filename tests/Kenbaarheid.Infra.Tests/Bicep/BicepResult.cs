namespace Kenbaarheid.Infra.Tests.Bicep;

/// <summary>What one run of the bicep CLI printed and returned.</summary>
public sealed record BicepResult(string Command, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>
    /// True when bicep succeeded and printed no diagnostic at all: bicep writes every error, warning
    /// and linter finding to stderr, so an empty stderr means a clean file.
    /// </summary>
    public bool IsClean => ExitCode == 0 && string.IsNullOrWhiteSpace(StandardError);

    /// <summary>A failure message that carries bicep's own diagnostics.</summary>
    public string Describe() =>
        $"`{Command}` exited with {ExitCode}.{Environment.NewLine}stderr:{Environment.NewLine}{StandardError}";
}
