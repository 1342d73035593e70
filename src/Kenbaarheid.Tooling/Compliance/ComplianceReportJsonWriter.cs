using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kenbaarheid.Tooling.Compliance;

/// <summary>The report as JSON for dashboards: camelCase, every field present (null where unknown), stable order.</summary>
public static class ComplianceReportJsonWriter
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static byte[] Serialize(ComplianceReport report) => JsonSerializer.SerializeToUtf8Bytes(report, Options);
}
