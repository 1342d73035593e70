namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// One round of the end-to-end run: the handler's and the ceiling's run over the same number of fresh notices, and
/// the CPU milliseconds per notice each side cost the measuring process (handler, host side and client; or the
/// ceiling's client) and Azurite.
/// </summary>
public sealed record EndToEndRound(
    LatencyRun Handler,
    LatencyRun Ceiling,
    double HandlerProcessCpuMs,
    double HandlerAzuriteCpuMs,
    double CeilingProcessCpuMs,
    double CeilingAzuriteCpuMs)
{
    public double Ratio => Handler.NoticesPerSecond / Ceiling.NoticesPerSecond;
}
