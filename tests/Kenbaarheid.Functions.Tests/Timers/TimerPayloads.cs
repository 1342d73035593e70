using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kenbaarheid.Functions.Tests.Timers;

/// <summary>
/// A timer invocation as the host posts it to <c>/{FunctionName}</c>: the <c>TimerInfo</c> serialised once more as a
/// string under the binding name, and the <c>sys</c> metadata. The handler reads none of it; the tests send it so the
/// route is exercised with the body the host really sends.
/// </summary>
internal static class TimerPayloads
{
    public static string Envelope(string functionName, bool isPastDue = false)
    {
        var timer = new JsonObject
        {
            ["Schedule"] = new JsonObject { ["AdjustForDST"] = true },
            ["ScheduleStatus"] = new JsonObject { ["Last"] = "2026-11-24T03:00:00+00:00", ["Next"] = "2026-11-26T03:00:00+00:00", ["LastUpdated"] = "2026-11-24T03:00:00+00:00" },
            ["IsPastDue"] = isPastDue,
        };
        return new JsonObject
        {
            ["Data"] = new JsonObject { ["timer"] = JsonSerializer.Serialize(timer.ToJsonString()) },
            ["Metadata"] = new JsonObject { ["sys"] = new JsonObject { ["MethodName"] = functionName, ["UtcNow"] = "2026-11-25T03:00:00.0000000Z", ["RandGuid"] = Guid.NewGuid().ToString() } },
        }.ToJsonString();
    }
}
