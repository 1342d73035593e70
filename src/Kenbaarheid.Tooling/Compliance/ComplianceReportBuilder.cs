using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kenbaarheid.Events;
using Kenbaarheid.Explanation;
using Kenbaarheid.Registry;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Tooling.Compliance;

/// <summary>
/// Builds the compliance report from a notice store's files (a folder or Blob Storage, through
/// <see cref="INoticeStoreReader"/>), in the layout that is the store's contract:
/// <c>notices/{agency}/{decision}/r{n}/manifest.json</c> with <c>explanation.json</c> beside it, and
/// <c>rejections/{agency}/{id}.json</c> with the original event in <c>{id}.event.json</c>. A folder without a
/// manifest is an unfinished write and is skipped, as every reader of the store does. Given a register snapshot, the
/// report also lists the gaps the register shows for each algorithm of the agency, used in a decision or not.
/// Given a <see cref="ReportPeriod"/>, only decisions dated in it count: a notice by the decision date in its
/// explanation, a rejection by the decision date in its event, or the day it was received when the event gives none.
/// </summary>
public static partial class ComplianceReportBuilder
{
    /// <summary>The code under which a gap found in the register snapshot itself (not by a notice) is listed.</summary>
    public const string RegisterCheck = "REGISTER_CHECK";

    private static readonly HashSet<string> FlagCatalogue = typeof(FlagCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    private static readonly Dictionary<string, RegisterField> FieldsByName =
        Enum.GetValues<RegisterField>().ToDictionary(field => Events.EnumWireNames.NameOf(field), StringComparer.Ordinal);

    /// <summary>The report over a store kept in a local folder (the output of <c>kenbaarheid process</c>).</summary>
    public static Task<ComplianceReport> BuildAsync(string storeFolder, RegistrySnapshot? registry = null, ReportPeriod? period = null, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(storeFolder))
        {
            throw new DirectoryNotFoundException($"The notice store '{storeFolder}' does not exist.");
        }

        return BuildAsync(new FileSystemNoticeStoreReader(storeFolder), registry, period, cancellationToken);
    }

    /// <summary>The report over any store, a folder or Blob Storage, read through <paramref name="store"/>.</summary>
    public static async Task<ComplianceReport> BuildAsync(INoticeStoreReader store, RegistrySnapshot? registry = null, ReportPeriod? period = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        period ??= ReportPeriod.All;
        var seen = new ReportTally();
        var agencies = new SortedDictionary<string, AgencyTally>(StringComparer.Ordinal);
        AgencyTally Agency(string id) => agencies.TryGetValue(id, out var tally) ? tally : agencies[id] = new AgencyTally();

        await foreach (var folder in store.ListNoticeFoldersAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!folder.HasManifest)
            {
                continue;
            }

            var manifest = await ReadAsync(store, folder.ManifestPath, bytes => NoticeManifest.FromJson(bytes), cancellationToken).ConfigureAwait(false);
            if (manifest is null)
            {
                // Listed a moment ago and gone now: the store changed under the report; nothing to count.
                continue;
            }

            var explanation = await ReadAsync(store, folder.ExplanationPath, ReadExplanation, cancellationToken).ConfigureAwait(false);
            CountNotice(manifest, explanation, period, seen, Agency);
        }

        await foreach (var rejection in store.ListRejectionsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (rejection.AgencyFolder == StoreLayout.UnknownAgencyFolder)
            {
                // An event whose agency could not be told has nobody to report to.
                continue;
            }

            var record = await ReadAsync(store, rejection.RecordPath, bytes => RejectionRecord.FromJson(bytes), cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                continue;
            }

            // A rejection counts by its decision's date, or by the day it was received when the event gave none.
            var date = record.DecisionDate ?? DateOnly.FromDateTime(record.ReceivedAt.DateTime);
            if (!period.Contains(date))
            {
                continue;
            }

            seen.Saw(date);
            CountRejection(Agency(rejection.AgencyFolder), record, date);
        }

        if (registry is not null)
        {
            foreach (var entry in registry.Records)
            {
                if (entry.OrgId is { Value: var orgId } && (agencies.TryGetValue(orgId, out var tally) || registry.OrganisationNames.ContainsKey(orgId)))
                {
                    tally ??= Agency(orgId);
                    tally.Name ??= registry.OrganisationNames.GetValueOrDefault(orgId) ?? entry.Organization;
                }
            }

            foreach (var (agencyId, tally) in agencies)
            {
                foreach (var entry in registry.Records.Where(r => r.OrgId?.Value == agencyId).Concat(tally.Algorithms.Keys.Select(registry.Find).OfType<RegisterRecord>()).Distinct())
                {
                    var algorithm = tally.Algorithm(entry.Lars);
                    algorithm.Name ??= entry.Name;
                    algorithm.Registered = true;
                    foreach (var gap in RegisterEntryAssessor.Gaps(entry))
                    {
                        algorithm.AddGap(gap, RegisterCheck);
                    }
                }

                foreach (var (lars, algorithm) in tally.Algorithms.Where(a => a.Value.Registered is null && registry.Find(a.Key) is null))
                {
                    algorithm.Registered = false;
                    algorithm.AddNewEntryGap(RegisterCheck);
                }
            }
        }

        return new ComplianceReport(
            registry?.Id,
            registry?.TakenOn,
            agencies.Select(a => a.Value.ToReport(a.Key)).ToList(),
            period,
            seen.First,
            seen.Last,
            seen.RegisterDate,
            seen.RegisterSnapshotId);
    }

    private static void CountNotice(NoticeManifest manifest, NoticeExplanation? explanation, ReportPeriod period, ReportTally seen, Func<string, AgencyTally> agencyOf)
    {
        // The manifest's generatedAt is the event's time; it stands in only for a notice whose explanation is gone.
        var date = explanation?.Decision.Date ?? DateOnly.FromDateTime(manifest.GeneratedAt.DateTime);
        if (!period.Contains(date))
        {
            return;
        }

        seen.Saw(date);
        seen.SawRegister(explanation?.About.RegisterSnapshotDate, explanation?.About.RegisterSnapshotId);
        var agency = agencyOf(manifest.AgencyId.Value);
        var decision = manifest.DecisionId.Value;
        agency.Decisions.Add(decision);
        agency.NoticesIssued++;
        var week = agency.Week(date);
        week.Decisions.Add(decision);
        week.Notices++;

        foreach (var entry in manifest.Registry)
        {
            var algorithm = agency.Algorithm(entry.Lars);
            algorithm.Decisions.Add(decision);
            algorithm.NoticesIssued++;
            algorithm.Registered ??= entry.Found;
        }

        if (explanation is null)
        {
            // The manifest lists the flags without their paths, so they name no algorithm.
            foreach (var flag in manifest.Flags)
            {
                agency.Flags.Add(flag.Code);
            }

            return;
        }

        foreach (var (lars, register) in explanation.Algorithms.Where(a => a.Register is not null).Select(a => (a.Lars, a.Register!)))
        {
            var algorithm = agency.Algorithm(lars);
            algorithm.Name ??= register.Name;
            agency.Name ??= explanation.Contact.AgencyName;
            foreach (var gap in register.Gaps)
            {
                algorithm.AddGap(gap, FlagCodes.RegisterEntryIncomplete);
            }
        }

        foreach (var flag in explanation.Flags)
        {
            agency.Flags.Add(flag.Code);
            if (AlgorithmIndex(flag.Path) is { } index && index < explanation.Algorithms.Count)
            {
                var algorithm = agency.Algorithm(explanation.Algorithms[index].Lars);
                algorithm.Flags.Add(flag.Code);
                RaiseGap(algorithm, flag.Code);
            }
        }
    }

    private static void CountRejection(AgencyTally agency, RejectionRecord record, DateOnly date)
    {
        var decision = record.DecisionId ?? record.EventId ?? "?";
        agency.Decisions.Add(decision);
        agency.EventsRejected++;
        var week = agency.Week(date);
        week.Decisions.Add(decision);
        week.Rejections++;
        // The record keeps each algorithm's lars as sent, at its index; only a valid one names an algorithm.
        static bool IsLars(string? text) => Lars.TryParse(text, out _);
        string? LarsAt(int index) => index < record.Algorithms.Count && IsLars(record.Algorithms[index]) ? record.Algorithms[index] : null;
        foreach (var lars in record.Algorithms.Where(IsLars))
        {
            agency.Algorithm(lars!).Decisions.Add(decision);
        }

        foreach (var reason in record.Reasons)
        {
            var code = reason.Code ?? "?";
            agency.Rejections.Add(code);
            week.Reasons.Add(code);
            if (FlagCatalogue.Contains(code))
            {
                agency.Flags.Add(code);
            }

            if (AlgorithmIndex(reason.Path) is { } index && LarsAt(index) is { } lars)
            {
                var algorithm = agency.Algorithm(lars);
                algorithm.Rejections.Add(code);
                if (FlagCatalogue.Contains(code))
                {
                    algorithm.Flags.Add(code);
                    RaiseGap(algorithm, code);
                }
            }
        }
    }

    private static void RaiseGap(AlgorithmTally algorithm, string code)
    {
        if (code == FlagCodes.AlgorithmNotRegistered)
        {
            algorithm.Registered = false;
            algorithm.AddNewEntryGap(code);
        }
        else if (RegisterFieldGuide.FieldOf(code) is { } field)
        {
            algorithm.AddGap(field, code);
        }
    }

    private static int? AlgorithmIndex(string? path) =>
        path is not null && AlgorithmPath().Match(path) is { Success: true } match
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : null;

    /// <summary>A store file as the record type the pipeline wrote it with, or null when it is gone.</summary>
    private static async Task<T?> ReadAsync<T>(INoticeStoreReader store, string path, Func<byte[], T> read, CancellationToken cancellationToken)
        where T : class
    {
        var bytes = await store.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            return read(bytes);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The store file '{store.Location}/{path}' is not valid JSON of its kind: {exception.Message}", exception);
        }
    }

    private static NoticeExplanation ReadExplanation(byte[] bytes) =>
        JsonSerializer.Deserialize<NoticeExplanation>(bytes, ExplanationDocument.Options) ?? throw new JsonException("The explanation is null.");

    [GeneratedRegex("^/data/algorithms/([0-9]+)(/|$)")]
    private static partial Regex AlgorithmPath();

    private sealed class AgencyTally
    {
        public string? Name { get; set; }

        public HashSet<string> Decisions { get; } = new(StringComparer.Ordinal);

        public int NoticesIssued { get; set; }

        public int EventsRejected { get; set; }

        public List<string> Rejections { get; } = [];

        public List<string> Flags { get; } = [];

        public SortedDictionary<string, AlgorithmTally> Algorithms { get; } = new(StringComparer.Ordinal);

        public AlgorithmTally Algorithm(string lars) => Algorithms.TryGetValue(lars, out var tally) ? tally : Algorithms[lars] = new AlgorithmTally();

        public SortedDictionary<DateOnly, WeekTally> Weeks { get; } = [];

        public WeekTally Week(DateOnly date)
        {
            var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
            return Weeks.TryGetValue(monday, out var week) ? week : Weeks[monday] = new WeekTally();
        }

        public AgencyCompliance ToReport(string id) => new(
            id,
            Name,
            Decisions.Count,
            NoticesIssued,
            EventsRejected,
            Counts(Rejections),
            Counts(Flags),
            Algorithms.Select(a => a.Value.ToReport(a.Key)).ToList(),
            WeekList());

        /// <summary>Every week from the first to the last with activity, quiet weeks as zeros, so a chart's time axis has no holes.</summary>
        private List<WeekActivity> WeekList()
        {
            var weeks = new List<WeekActivity>();
            if (Weeks.Count == 0)
            {
                return weeks;
            }

            for (var monday = Weeks.Keys.First(); monday <= Weeks.Keys.Last(); monday = monday.AddDays(7))
            {
                var week = Weeks.GetValueOrDefault(monday) ?? new WeekTally();
                var day = monday.ToDateTime(TimeOnly.MinValue);
                weeks.Add(new WeekActivity(monday, ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day), week.Decisions.Count, week.Notices, week.Rejections, Counts(week.Reasons)));
            }

            return weeks;
        }
    }

    private sealed class WeekTally
    {
        public HashSet<string> Decisions { get; } = new(StringComparer.Ordinal);

        public int Notices { get; set; }

        public int Rejections { get; set; }

        public List<string> Reasons { get; } = [];
    }

    /// <summary>What the report as a whole saw: the first and last decision date, and the newest register date of the notices.</summary>
    private sealed class ReportTally
    {
        public DateOnly? First { get; private set; }

        public DateOnly? Last { get; private set; }

        public DateOnly? RegisterDate { get; private set; }

        public string? RegisterSnapshotId { get; private set; }

        public void Saw(DateOnly date)
        {
            First = First is { } first && first <= date ? first : date;
            Last = Last is { } last && last >= date ? last : date;
        }

        public void SawRegister(DateOnly? date, string? snapshotId)
        {
            if (date is { } day && (RegisterDate is not { } newest || day > newest || (day == newest && string.CompareOrdinal(snapshotId, RegisterSnapshotId) > 0)))
            {
                RegisterDate = day;
                RegisterSnapshotId = snapshotId;
            }
        }
    }

    private sealed class AlgorithmTally
    {
        private readonly SortedDictionary<string, (RegisterFieldGuidance Guidance, SortedSet<string> RaisedBy)> _gaps = new(StringComparer.Ordinal);

        public string? Name { get; set; }

        public bool? Registered { get; set; }

        public HashSet<string> Decisions { get; } = new(StringComparer.Ordinal);

        public int NoticesIssued { get; set; }

        public List<string> Rejections { get; } = [];

        public List<string> Flags { get; } = [];

        public void AddGap(RegisterField field, string raisedBy) => Add(RegisterFieldGuide.For(field), raisedBy);

        public void AddNewEntryGap(string raisedBy) => Add(RegisterFieldGuide.NewEntry, raisedBy);

        public AlgorithmCompliance ToReport(string lars) => new(
            lars,
            Name,
            Registered,
            RegisterRecord.PublicUrlFor(lars),
            Decisions.Count,
            NoticesIssued,
            Counts(Rejections),
            Counts(Flags),
            _gaps.Values.Select(g => new RegisterGap(g.Guidance.Field, g.Guidance.Label, g.Guidance.WhatToWrite, g.Guidance.NoticeMeanwhile, g.RaisedBy.ToList())).ToList());

        private void Add(RegisterFieldGuidance guidance, string raisedBy)
        {
            if (!_gaps.TryGetValue(guidance.Field, out var gap))
            {
                gap = _gaps[guidance.Field] = (guidance, new SortedSet<string>(StringComparer.Ordinal));
            }

            gap.RaisedBy.Add(raisedBy);
        }
    }

    private static List<CodeCount> Counts(IEnumerable<string> codes) =>
        codes.GroupBy(c => c, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new CodeCount(g.Key, g.Count())).ToList();
}
