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

        var cpuRounds = cpu.Measured;
        double CpuMedian(Func<RoundCosts, double> value) => CpuRatioMeasurement.Median(cpuRounds.Select(value).ToList());
        string CpuSpread(Func<RoundCosts, double> value, string format) =>
            $"{CpuMedian(value).ToString(format, CultureInfo.InvariantCulture)} ({cpuRounds.Min(value).ToString(format, CultureInfo.InvariantCulture)}–{cpuRounds.Max(value).ToString(format, CultureInfo.InvariantCulture)})";
        var pipelinePerSecond = 1e6 / CpuMedian(r => r.Pipeline);
        var floorPerSecond = 1e6 / CpuMedian(r => r.Floor);
        Row(text, "1", "floor: bare Handlebars.Net, same compiled templates and models, one core", Invariant($"{floorPerSecond:N0} notices per CPU-second; µs CPU per notice of {cpu.DocumentsPerNotice} documents {CpuSpread(r => r.Floor, "N0")}; wall {CpuMedian(r => r.FloorWall):N0} µs"), "", "");
        Row(text, "1", "pipeline: event bytes → stored notice, in-memory store, one core", Invariant($"{pipelinePerSecond:N0} notices per CPU-second; µs CPU per notice {CpuSpread(r => r.Pipeline, "N0")}; wall {CpuMedian(r => r.PipelineWall):N0} µs"), $"≥ {ThroughputGoal:N0} notices/s", Met(pipelinePerSecond >= ThroughputGoal));
        var cpuRatio = CpuMedian(r => r.Pipeline / r.Floor);
        Row(text, "1", "pipeline cost / floor cost (CPU time, per round)", $"{CpuSpread(r => r.Pipeline / r.Floor, "F2")}×", $"≤ {CpuRatioGoal:F0}×", Met(cpuRatio <= CpuRatioGoal));
        var pdfRatio = CpuMedian(r => r.Pdf / r.Pipeline);
        Row(text, "1", "PDFs of a notice / the rest of the pipeline for it (CPU time, per round)", Invariant($"{CpuSpread(r => r.Pdf / r.Pipeline, "F2")}× ({CpuMedian(r => r.Pdf):N0} µs for {cpu.DocumentsPerNotice / 2} PDFs against {CpuMedian(r => r.Pipeline):N0} µs)"), $"≤ {PdfGoal:F0}×", Met(pdfRatio <= PdfGoal));

        var rounds = endToEnd.Measured;
        double Median(Func<EndToEndRound, double> value) => CpuRatioMeasurement.Median(rounds.Select(value).ToList());
        string Spread(Func<EndToEndRound, double> value, string format) =>
            Invariant($"{Median(value).ToString(format, CultureInfo.InvariantCulture)} ({rounds.Min(value).ToString(format, CultureInfo.InvariantCulture)}–{rounds.Max(value).ToString(format, CultureInfo.InvariantCulture)})");
        Row(text, "2", $"handler: Service Bus envelopes → /ProcessDecision → Azurite, {endToEnd.Rounds} rounds of {endToEnd.NoticesPerRound:N0} notices, {endToEnd.Concurrency} concurrent", Invariant($"{Spread(r => r.Handler.NoticesPerSecond, "N0")} notices/s; p50 {Median(r => r.Handler.P50Milliseconds):N1} ms, p99 {Median(r => r.Handler.P99Milliseconds):N1} ms"), "", "");
        Row(text, "2", $"ceiling: the same {endToEnd.BlobsPerNotice} uploads per notice ({endToEnd.BytesPerNotice / 1024:N1} KiB) with the SDK, same Azurite, rounds alternating with the handler's", Invariant($"{Spread(r => r.Ceiling.NoticesPerSecond, "N0")} notices/s; p50 {Median(r => r.Ceiling.P50Milliseconds):N1} ms, p99 {Median(r => r.Ceiling.P99Milliseconds):N1} ms"), "", "");
        var endToEndRatio = Median(r => r.Ratio);
        Row(text, "2", "end-to-end throughput / ceiling throughput (per round; median, lowest–highest)", Spread(r => r.Ratio, "F2"), $"≥ {EndToEndGoal:F2}", Met(endToEndRatio >= EndToEndGoal));

        foreach (var run in growth)
        {
            Row(text, "3", $"{run.Notices:N0} notices, one core", Invariant($"{1e6 / run.MicrosecondsPerNotice:N0} notices per CPU-second: µs CPU per notice {run.MicrosecondsPerNotice:N0} (median of {GrowthMeasurement.Blocks} blocks; {run.BlockMicroseconds.Min():N0}–{run.BlockMicroseconds.Max():N0}; first block {run.BlockMicroseconds[0]:N0}, last {run.BlockMicroseconds[^1]:N0}) after {run.WarmupNotices:N0} warm-up notices; peak RSS {run.PeakResidentMiB:N0} MiB; managed heap after {run.ManagedHeapMiB:N0} MiB"), "", "");
        }

        if (growth.Count >= 2)
        {
            var (small, large) = (growth[0], growth[^1]);
            var memoryChange = (large.PeakResidentMiB / small.PeakResidentMiB) - 1;
            Row(text, "3", $"peak RSS change {small.Notices:N0} → {large.Notices:N0}", $"{memoryChange:+0.0%;-0.0%}", "within ±10%", Met(Math.Abs(memoryChange) <= MemoryGoal));
            Row(text, "3", $"cost per notice change {small.Notices:N0} → {large.Notices:N0}, median blocks (0% = cost linear in notices)", $"{(large.MicrosecondsPerNotice / small.MicrosecondsPerNotice) - 1:+0.0%;-0.0%}", "", "");
            Row(text, "3", $"cost per notice change within the {large.Notices:N0} run, last block against first", $"{(large.BlockMicroseconds[^1] / large.BlockMicroseconds[0]) - 1:+0.0%;-0.0%}", "", "");
        }

        text.AppendLine();
        text.AppendLine(Invariant($"One core: {cpu.Pinning}. Costs are the process's CPU time (clock_gettime CLOCK_PROCESS_CPUTIME_ID, GC and JIT threads included), so time the shared machine gives to others does not count; wall times are beside them. Each of {cpu.Rounds} rounds runs, over the same {cpu.NoticesPerRound:N0} fresh events, the floor, the whole pipeline and each stage on its own (the PDFs for the first 1/{RoundPasses.PdfEvery} of them), each pass after an untimed full GC, which pass goes first alternating per round; ratios and shares are taken per round, and every figure is the median of the rounds with the lowest and highest beside it. Before the rounds, {cpu.WarmupRounds} warm-up rounds, until {TieringWarmup.QuietRounds} in a row in which the JIT compiled at most {TieringWarmup.QuietMethods} methods each (tiered compilation settled; the measured rounds' html + txt passes compiled {cpu.Measured.Sum(r => r.JitMethods):N0} in all; the PDF passes {cpu.Measured.Sum(r => r.PdfJitMethods):N0}). The growth runs warm up the same way, in batches of 500 notices. The in-memory store forgets its notices every {CpuRatioMeasurement.StoreWindow} notices, as Blob Storage keeps them outside the process."));
        text.AppendLine();
        text.AppendLine(Invariant($"| stage, one core (each alone over the round's events; median of {cpu.Rounds} rounds) | µs CPU per notice | lowest–highest | share of the whole pipeline (per round) |"));
        text.AppendLine("|---|---|---|---|");
        void Stage(string name, Func<RoundCosts, double> value) =>
            text.AppendLine(Invariant($"| {name} | {CpuMedian(value):N0} | {cpuRounds.Min(value):N0}–{cpuRounds.Max(value):N0} | {CpuMedian(r => value(r) / r.Pipeline):0%} |"));
        Stage("parse + validate", r => r.Validate);
        Stage("explain", r => r.Explain);
        Stage("serialize explanation.json", r => r.Serialize);
        Stage("render: model, 4 × Handlebars, tidy, UTF-8", r => r.RenderOnly);
        Stage("rest: hashes, manifest, store (whole less the stages)", r => r.Rest);
        Stage("**whole pipeline (html + txt)**: the rounds' pipeline pass", r => r.Pipeline);
        Stage("of which the floor (bare Handlebars), same rounds", r => r.Floor);
        Stage("PDF: notice.{lang}.pdf from each HTML (layout, draw, tags, font subsets, save), per notice", r => r.Pdf);
        text.AppendLine();
        text.AppendLine(Invariant($"End to end: {endToEnd.Pinning}. Rounds of fresh notices alternate ceiling and handler (which goes first alternates too), after {endToEnd.WarmupNotices:N0} warm-up notices each (batches of {EndToEndMeasurement.Warmup} of both until {TieringWarmup.QuietRounds} in a row in which the JIT compiled at most {TieringWarmup.QuietMethods} methods each); the ratio is taken per round."));
        text.AppendLine();
        text.AppendLine("| CPU per notice, end to end (median of rounds, lowest–highest) | handler side | ceiling side |");
        text.AppendLine("|---|---|---|");
        text.AppendLine(Invariant($"| measuring process (handler, host side of the call, SDK; or the ceiling's SDK client), core-ms | {Spread(r => r.HandlerProcessCpuMs, "N2")} | {Spread(r => r.CeilingProcessCpuMs, "N2")} |"));
        text.AppendLine(Invariant($"| Azurite, core-ms | {Spread(r => r.HandlerAzuriteCpuMs, "N2")} | {Spread(r => r.CeilingAzuriteCpuMs, "N2")} |"));
        text.AppendLine();
        text.AppendLine(Invariant($"Per notice for capacity planning: {endToEnd.BlobsPerNotice} storage requests, one create-only Put per blob and no read (as StorageRequestsTests counts them), {endToEnd.BytesPerNotice / 1024:N1} KiB stored."));
        text.AppendLine();
        text.AppendLine(Invariant($"Options: {options.Rounds} rounds × {options.RoundNotices:N0}, {options.EndToEndNotices:N0} end-to-end notices a side in {options.EndToEndRounds} rounds at concurrency {options.Concurrency}, growth {string.Join(" and ", options.GrowthNotices.Select(n => n.ToString("N0", CultureInfo.InvariantCulture)))}."));
        return text.ToString();
    }

    private static string Latency(LatencyRun run) => Invariant($"{run.NoticesPerSecond:N0} notices/s; p50 {run.P50Milliseconds:N1} ms, p99 {run.P99Milliseconds:N1} ms");

    private static string Met(bool met) => met ? "yes" : "**no**";

    private static void Row(StringBuilder text, string number, string measure, string result, string goal, string met) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"| {number} | {measure} | {result} | {goal} | {met} |");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
