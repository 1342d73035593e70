using System.Globalization;
using System.Text;

namespace Kenbaarheid.Benchmarks.Load;

/// <summary>The load run as Markdown: the goals table first, then the profile behind it.</summary>
public static class LoadReport
{
    private const double CpuRatioGoal = 3.0;
    private const double ThroughputGoal = 30_000;
    private const double EndToEndGoal = 0.97;
    private const double MemoryGoal = 0.10;
    private const double PdfGoal = 1.0;

    public static string Markdown(
        MachineDescription machine, LoadOptions options, CpuRatioResult cpu, EndToEndResult endToEnd, IReadOnlyList<GrowthResult> growth, TimeSpan duration)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"### Load run: {machine.Cores} cores ({machine.CpuModel}), {machine.Runtime}, {machine.OperatingSystem}"));
        text.AppendLine();
        text.AppendLine(Invariant($"Load average before {machine.LoadBefore}, after {machine.LoadAfter}; run took {duration.TotalMinutes:F1} min. Workload: samples 01, 02, 04, 05, 06 with the recipient asking for English, ids numbered per event; every notice is nl + en, html + txt, explanation.json, manifest.json."));
        text.AppendLine();
        text.AppendLine("| # | measure | result | goal | met |");
        text.AppendLine("|---|---|---|---|---|");

        var pipelinePerSecond = 1e6 / cpu.PipelineMicrosecondsPerNotice;
        var floorPerSecond = 1e6 / cpu.FloorMicrosecondsPerNotice;
        Row(text, "1", "floor: bare Handlebars.Net, same compiled templates and models, one core", $"{floorPerSecond:N0} notices per CPU-second ({cpu.FloorMicrosecondsPerNotice:N0} µs CPU per notice of {cpu.DocumentsPerNotice} documents; wall {cpu.FloorWallMicrosecondsPerNotice:N0} µs)", "", "");
        Row(text, "1", "pipeline: event bytes → stored notice, in-memory store, one core", $"{pipelinePerSecond:N0} notices per CPU-second ({cpu.PipelineMicrosecondsPerNotice:N0} µs CPU per notice, rounds {cpu.PipelineMinMicrosecondsPerNotice:N0}–{cpu.PipelineMaxMicrosecondsPerNotice:N0}; wall {cpu.PipelineWallMicrosecondsPerNotice:N0} µs)", $"≥ {ThroughputGoal:N0} notices/s", Met(pipelinePerSecond >= ThroughputGoal));
        Row(text, "1", "pipeline cost / floor cost (CPU time)", $"{cpu.MedianRatio:F2}× (median of {cpu.Rounds} rounds; {cpu.MinRatio:F2}–{cpu.MaxRatio:F2})", $"≤ {CpuRatioGoal:F0}×", Met(cpu.MedianRatio <= CpuRatioGoal));

        var pipelineStage = cpu.Breakdown.Single(s => s.Stage == StageBreakdown.WholePipeline).MicrosecondsPerNotice;
        var pdfStage = cpu.Breakdown.Single(s => s.Stage == StageBreakdown.PdfStage).MicrosecondsPerNotice;
        Row(text, "1", "PDFs of a notice / the rest of the pipeline for it (CPU time, stage table)", $"{pdfStage / pipelineStage:F2}× ({pdfStage:N0} µs for {cpu.DocumentsPerNotice / 2} PDFs against {pipelineStage:N0} µs)", $"≤ {PdfGoal:F0}×", Met(pdfStage / pipelineStage <= PdfGoal));

        Row(text, "2", $"handler: Service Bus envelopes → /ProcessDecision → Azurite, {endToEnd.Notices:N0} notices, {endToEnd.Concurrency} concurrent", Latency(endToEnd.Handler), "", "");
        Row(text, "2", $"ceiling: the same {endToEnd.BlobsPerNotice} uploads per notice ({endToEnd.BytesPerNotice / 1024:N1} KiB) with the SDK, same Azurite", Latency(endToEnd.Ceiling), "", "");
        var endToEndRatio = endToEnd.Handler.NoticesPerSecond / endToEnd.Ceiling.NoticesPerSecond;
        Row(text, "2", "end-to-end throughput / ceiling throughput", $"{endToEndRatio:F2}", $"≥ {EndToEndGoal:F2}", Met(endToEndRatio >= EndToEndGoal));

        foreach (var run in growth)
        {
            Row(text, "3", $"{run.Notices:N0} notices, one core", $"{run.NoticesPerSecond:N0} notices per CPU-second ({1e6 / run.NoticesPerSecond:N0} µs per notice) after {run.WarmupNotices:N0} warm-up notices; peak RSS {run.PeakResidentMiB:N0} MiB; managed heap after {run.ManagedHeapMiB:N0} MiB", "", "");
        }

        if (growth.Count >= 2)
        {
            var (small, large) = (growth[0], growth[^1]);
            var memoryChange = (large.PeakResidentMiB / small.PeakResidentMiB) - 1;
            var rateChange = (large.NoticesPerSecond / small.NoticesPerSecond) - 1;
            Row(text, "3", $"peak RSS change {small.Notices:N0} → {large.Notices:N0}", $"{memoryChange:+0.0%;-0.0%}", "within ±10%", Met(Math.Abs(memoryChange) <= MemoryGoal));
            Row(text, "3", $"throughput change {small.Notices:N0} → {large.Notices:N0} (0% = cost linear in notices)", $"{rateChange:+0.0%;-0.0%}", "", "");
        }

        text.AppendLine();
        text.AppendLine(Invariant($"One core: {cpu.Pinning}. Costs are the process's CPU time (clock_gettime CLOCK_PROCESS_CPUTIME_ID, GC and JIT threads included), so time the shared machine gives to others does not count; wall times are beside them. Rounds alternate floor and pipeline over {cpu.NoticesPerRound:N0} notices each, after {cpu.WarmupRounds} warm-up rounds (until a round cost within {TieringWarmup.Tolerance:0%} of the one before: tiered compilation settled); the ratio is taken per round. The growth runs warm up the same way, in batches of 500 notices. The in-memory store forgets its notices every {CpuRatioMeasurement.StoreWindow} notices, as Blob Storage keeps them outside the process."));
        text.AppendLine();
        text.AppendLine(Invariant($"| stage, one core (each run alone over the same {cpu.NoticesPerRound:N0} events, after the rounds and one untimed pass of every stage; median of 3) | µs CPU per notice | lowest–highest | share |"));
        text.AppendLine("|---|---|---|---|");
        var whole = pipelineStage;
        foreach (var stage in cpu.Breakdown)
        {
            text.AppendLine(Invariant($"| {stage.Stage} | {stage.MicrosecondsPerNotice:N0} | {stage.Min:N0}–{stage.Max:N0} | {stage.MicrosecondsPerNotice / whole:0%} |"));
        }

        text.AppendLine(Invariant($"| whole pipeline in the rounds (median of {cpu.Rounds}) | {cpu.PipelineMicrosecondsPerNotice:N0} | {cpu.PipelineMinMicrosecondsPerNotice:N0}–{cpu.PipelineMaxMicrosecondsPerNotice:N0} | {cpu.PipelineMicrosecondsPerNotice / whole:0%} |"));
        text.AppendLine(Invariant($"| of which the floor (bare Handlebars, from the rounds) | {cpu.FloorMicrosecondsPerNotice:N0} | | {cpu.FloorMicrosecondsPerNotice / whole:0%} |"));
        text.AppendLine();
        text.AppendLine(Invariant($"Per notice for capacity planning: {endToEnd.BlobsPerNotice} storage requests, one create-only Put per blob and no read (as StorageRequestsTests counts them), {endToEnd.BytesPerNotice / 1024:N1} KiB stored; handler {1000 / endToEnd.Handler.NoticesPerSecond * machine.Cores:N2} core-ms per notice end to end on this machine (with Azurite on the same cores)."));
        text.AppendLine();
        text.AppendLine(Invariant($"Options: {options.Rounds} rounds × {options.RoundNotices:N0}, {options.EndToEndNotices:N0} end-to-end notices at concurrency {options.Concurrency}, growth {string.Join(" and ", options.GrowthNotices.Select(n => n.ToString("N0", CultureInfo.InvariantCulture)))}."));
        return text.ToString();
    }

    private static string Latency(LatencyRun run) => Invariant($"{run.NoticesPerSecond:N0} notices/s; p50 {run.P50Milliseconds:N1} ms, p99 {run.P99Milliseconds:N1} ms");

    private static string Met(bool met) => met ? "yes" : "**no**";

    private static void Row(StringBuilder text, string number, string measure, string result, string goal, string met) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"| {number} | {measure} | {result} | {goal} | {met} |");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
