using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kenbaarheid.Agencies;
using Kenbaarheid.Events;
using Kenbaarheid.Explanation;
using Kenbaarheid.Rendering;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Pipeline;

/// <summary>
/// The one entry point from event bytes to an outcome: validate, resolve, explain, render, store. The CLI, the
/// Functions handler and the tests all call <see cref="ProcessAsync"/>. Built by <see cref="NoticePipelineBuilder"/>;
/// immutable and safe to share between concurrent events.
/// </summary>
public sealed partial class NoticePipeline
{
    public const string NoticesFolder = "notices";
    public const string RejectionsFolder = "rejections";
    public const string UnknownAgencyFolder = "_unknown";

    private static readonly ManifestGenerator Generator = new(
        "kenbaarheid",
        typeof(NoticePipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");

    private readonly AgencyDirectory _agencies;
    private readonly EventValidator _validator;
    private readonly NoticeExplainer _explainer;
    private readonly NoticeRenderer _renderer;
    private readonly INoticeStore _store;
    private readonly TimeProvider _time;

    internal NoticePipeline(AgencyDirectory agencies, NoticeExplainer explainer, NoticeRenderer renderer, INoticeStore store, TimeProvider time)
    {
        _agencies = agencies;
        _validator = new EventValidator(agencies);
        _explainer = explainer;
        _renderer = renderer;
        _store = store;
        _time = time;
    }

    public async Task<PipelineOutcome> ProcessAsync(ReadOnlyMemory<byte> eventBytes, CancellationToken cancellationToken = default)
    {
        var eventSha256 = Convert.ToHexStringLower(SHA256.HashData(eventBytes.Span));
        var validation = _validator.Validate(eventBytes);
        try
        {
            if (validation.Event is not { } decisionEvent)
            {
                return await RejectAsync(validation.Identity, validation.Problems, eventBytes, eventSha256, cancellationToken).ConfigureAwait(false);
            }

            return await IssueAsync(decisionEvent, validation.Identity, eventBytes, eventSha256, cancellationToken).ConfigureAwait(false);
        }
        catch (NoticeStoreUnavailableException exception)
        {
            return new PipelineOutcome.TransientFailure(validation.Identity, exception.Message, exception.IsMisconfiguration);
        }
    }

    /// <summary>
    /// Validates, explains and renders an event as <see cref="ProcessAsync"/> would, but neither reads nor writes the
    /// store: for agency developers and legal reviewers trying out an event. So it does not see an existing notice
    /// (<c>NOTICE_EXISTS</c>); everything else that would reject the event is reported. HTML and text only, unless
    /// <paramref name="withPdf"/> asks for the PDF too (laid out for the agency's envelope window).
    /// </summary>
    public NoticePreview Preview(ReadOnlyMemory<byte> eventBytes, bool withPdf = false)
    {
        var validation = _validator.Validate(eventBytes);
        if (validation.Event is not { } decisionEvent)
        {
            return new NoticePreview(null, validation.Problems, validation.Identity);
        }

        if (!_agencies.TryGet(decisionEvent.AgencyId, out var agency))
        {
            throw new InvalidOperationException($"The validator accepted an event for agency '{decisionEvent.AgencyId}', which has no profile.");
        }

        var result = _explainer.Explain(decisionEvent, agency);
        return result.Explanation is { } explanation
            ? new NoticePreview(_renderer.Render(explanation, ExplanationDocument.Serialize(explanation), _agencies.ThemeOf(agency.Id), withPdf ? agency.AddressWindow ?? AddressWindow.Default : null), [], validation.Identity)
            : new NoticePreview(null, result.Problems, validation.Identity);
    }

    private async Task<PipelineOutcome> IssueAsync(
        DecisionEvent decisionEvent, EventIdentity identity, ReadOnlyMemory<byte> eventBytes, string eventSha256, CancellationToken cancellationToken)
    {
        if (!_agencies.TryGet(decisionEvent.AgencyId, out var agency))
        {
            throw new InvalidOperationException($"The validator accepted an event for agency '{decisionEvent.AgencyId}', which has no profile.");
        }

        var decision = decisionEvent.Decision;
        var folder = $"{NoticesFolder}/{agency.Id}/{decision.Id}/r{decision.Revision}";

        // A redelivery finds its own notice and is done; another event for the same decision and revision is refused.
        if (await _store.ReadManifestAsync(folder, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            var manifest = JsonSerializer.Deserialize<NoticeManifest>(existing.Span, ExplanationDocument.Options)
                ?? throw new InvalidDataException($"The manifest in '{folder}' is empty.");
            return manifest.EventSha256 == eventSha256
                ? new PipelineOutcome.Issued(manifest, folder, AlreadyIssued: true)
                : await RejectAsync(identity, [NoticeExists(decision)], eventBytes, eventSha256, cancellationToken).ConfigureAwait(false);
        }

        var result = _explainer.Explain(decisionEvent, agency);
        if (result.Explanation is not { } explanation)
        {
            return await RejectAsync(identity, result.Problems, eventBytes, eventSha256, cancellationToken).ConfigureAwait(false);
        }

        // Serialized once: the same bytes are the stored explanation.json and what the templates bind to.
        var explanationJson = ExplanationDocument.Serialize(explanation);
        var rendered = _renderer.Render(explanation, explanationJson, _agencies.ThemeOf(agency.Id), PdfWindow(agency));
        var documents = rendered.Documents
            .Append(new RenderedDocument("explanation.json", "application/json", explanationJson))
            .ToList();
        var noticeManifest = new NoticeManifest(
            explanation.NoticeId,
            agency.Id,
            decision.Id,
            decision.Revision,
            decisionEvent.Id,
            eventSha256,
            agency.Regime,
            explanation.Languages,
            documents.Select(d => new ManifestFile(d.Name, d.ContentType, d.Content.Length, Convert.ToHexStringLower(SHA256.HashData(d.Content.Span)))).ToList(),
            rendered.Templates,
            explanation.Algorithms.Select(a => new ManifestRegistryEntry(a.Lars, a.Register is not null, a.Register?.PublicationCategory, a.Register?.EntrySha256)).ToList(),
            explanation.About.RegisterSnapshotId,
            explanation.Flags.Select(f => new ManifestFlag(f.Code, f.Severity, f.Message)).ToList(),
            decisionEvent.Time,
            Generator);

        // The explanation is written first: every other document is rendered from it, so two events whose documents
        // differ anywhere differ there, and the one that writes it first owns the folder. The other stops at its first
        // write, before it can leave a document of its own (say, a language the winner has not) beside the winner's.
        var set = new NoticeSet(
            folder,
            documents
                .OrderBy(d => d.Name == "explanation.json" ? 0 : 1)
                .Select(d => new StoredDocument($"{folder}/{d.Name}", d.ContentType, d.Content))
                .ToList(),
            new StoredDocument($"{folder}/manifest.json", "application/json", JsonSerializer.SerializeToUtf8Bytes(noticeManifest, ExplanationDocument.Options)),
            new Dictionary<string, string>
            {
                ["agency"] = agency.Id,
                ["decision"] = decision.Id,
                ["revision"] = decision.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["flags"] = string.Join(' ', explanation.Flags.Select(f => f.Code).Distinct()),
            });

        return await _store.WriteNoticeAsync(set, cancellationToken).ConfigureAwait(false) switch
        {
            NoticeWriteResult.Written => new PipelineOutcome.Issued(noticeManifest, folder, AlreadyIssued: false),
            _ => await RejectAsync(identity, [NoticeExists(decision)], eventBytes, eventSha256, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>The envelope window a PDF keeps clear, or null when the agency's profile asks for no PDF.</summary>
    private static AddressWindow? PdfWindow(AgencyProfile agency) => agency.WantsPdf ? agency.AddressWindow ?? AddressWindow.Default : null;

    private async Task<PipelineOutcome> RejectAsync(
        EventIdentity identity, IReadOnlyList<Problem> reasons, ReadOnlyMemory<byte> eventBytes, string eventSha256, CancellationToken cancellationToken)
    {
        // Only an agency we serve names a folder: anything else could be any text, a path among them.
        var agencyFolder = identity.AgencyId is { } id && _agencies.TryGet(id, out _) ? id : UnknownAgencyFolder;
        var record = new RejectionRecord(identity.EventId, identity.AgencyId, identity.DecisionId, _time.GetUtcNow(), reasons, eventSha256);
        var path = await _store.WriteRejectionAsync(
            new RejectionSet(
                $"{RejectionsFolder}/{agencyFolder}",
                SafeFileName(identity.EventId, eventSha256),
                eventSha256,
                JsonSerializer.SerializeToUtf8Bytes(record, ExplanationDocument.Options),
                eventBytes),
            cancellationToken).ConfigureAwait(false);
        return new PipelineOutcome.Rejected(record, path);
    }

    private static Problem NoticeExists(Decision decision) => new(
        PipelineErrorCodes.NoticeExists,
        "/data/decision/revision",
        $"A notice for decision '{decision.Id}' revision {decision.Revision} was already issued from another event. An issued notice is never replaced: send the corrected decision as revision {decision.Revision + 1}.");

    /// <summary>The rejection record's file name: the path-safe event id, or the event's hash when it has no id.</summary>
    internal static string SafeFileName(string? eventId, string eventSha256) =>
        string.IsNullOrEmpty(eventId) ? $"_no-id-{eventSha256[..16]}" : PathSafeId.From(eventId);
}
