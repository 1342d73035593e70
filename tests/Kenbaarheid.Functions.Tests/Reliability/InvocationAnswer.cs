using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>What the handler answered to one invocation, read the way the host reads it.</summary>
internal sealed partial record InvocationAnswer(HttpStatusCode Status, string? ContentType, string? Issued, IReadOnlyList<string> Logs, string Body)
{
    public bool Completes => (int)Status is >= 200 and < 300;

    /// <summary>The rejection record's path, from the log line the handler returns for a rejected event.</summary>
    public string? RecordPath => Logs.Select(line => RecordInLog().Match(line)).FirstOrDefault(match => match.Success)?.Groups[1].Value;

    public static async Task<InvocationAnswer> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        string? issued = null;
        var logs = new List<string>();
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.TryGetProperty("Outputs", out var outputs) && outputs.TryGetProperty("issued", out var value) && value.ValueKind == JsonValueKind.String)
            {
                issued = value.GetString();
            }

            if (document.RootElement.TryGetProperty(nameof(Logs), out var lines) && lines.ValueKind == JsonValueKind.Array)
            {
                logs.AddRange(lines.EnumerateArray().Select(line => line.GetString() ?? string.Empty));
            }
        }
        catch (JsonException)
        {
            // An unreadable body is itself a failure of the host contract; the tests assert on the body's shape.
        }

        return new InvocationAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, issued, logs, body);
    }

    [GeneratedRegex(@"Record: (rejections/\S+\.json)\.$")]
    private static partial Regex RecordInLog();
}
