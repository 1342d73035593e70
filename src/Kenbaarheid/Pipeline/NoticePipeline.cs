using System.Security.Cryptography;
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
public sealed class NoticePipeline
{
    private readonly AgencyDirectory _agencies;
    private readonly EventValidator _validator;
    private readonly NoticeExplainer _explainer;
    private readonly NoticeRenderer _renderer;
    private readonly NoticeStoreWriter _writer;
    private readonly TimeProvider _time;

    internal NoticePipeline(AgencyDirectory agencies, NoticeExplainer explainer, NoticeRenderer renderer, INoticeStore store, TimeProvider time)
    {
        _agencies = agencies;
        _validator = new EventValidator(agencies);
        _explainer = explainer;
        _renderer = renderer;
        _writer = new NoticeStoreWriter(store);
        _time = time;
    }

    public async Task<PipelineOutcome> ProcessAsync(ReadOnlyMemory<byte> eventBytes, CancellationToken cancellationToken = default)
    {
        var eventSha256 = Convert.ToHexStringLower(SHA256.HashData(eventBytes.Span));
        var validation = _validator.Validate(eventBytes);
        try
        {
            // The validator has the profiles this pipeline serves, so a valid event is always accepted with its agency's.
            return validation is EventValidationResult.Accepted accepted
                ? await IssueAsync(accepted.Event, accepted.Agency, validation.Identity, eventBytes, eventSha256, cancellationToken).ConfigureAwait(false)
                : await RejectAsync(validation.Identity, validation.Problems, eventBytes, eventSha256, cancellationToken).ConfigureAwait(false);
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
        if (validation is not EventValidationResult.Accepted accepted)
        {
            return new NoticePreview(null, validation.Problems, validation.Identity);
        }

        var result = _explainer.Explain(accepted.Event, accepted.Agency);
        return result.Explanation is { } explanation
            ? new NoticePreview(_renderer.Render(explanation, ExplanationDocument.Serialize(explanation), _agencies.ThemeOf(accepted.Agency.Id), withPdf ? accepted.Agency.AddressWindow ?? AddressWindow.Default : null), [], validation.Identity)
            : new NoticePreview(null, result.Problems, validation.Identity);
    }

    private async Task<PipelineOutcome> IssueAsync(
        DecisionEvent decisionEvent, AgencyProfile agency, EventIdentity identity, ReadOnlyMemory<byte> eventBytes, string eventSha256, CancellationToken cancellationToken)
    {
        var decision = decisionEvent.Decision;
        var address = new NoticeAddress(AgencyId.Parse(agency.Id), decision.Id, decision.Revision);
        var result = _explainer.Explain(decisionEvent, agency);
        if (result.Explanation is not { } explanation)
        {
            // An earlier delivery may have issued it while the register still allowed it: one event, one outcome.
            return await _writer.ReadManifestAsync(address, cancellationToken).ConfigureAwait(false) is { } issued && issued.EventSha256 == eventSha256
                ? new PipelineOutcome.Issued(issued, address, AlreadyIssued: true)
                : await RejectAsync(identity, result.Problems, eventBytes, eventSha256, cancellationToken).ConfigureAwait(false);
        }

        // Serialized once: the same bytes are the stored explanation.json and what the templates bind to.
        var explanationJson = ExplanationDocument.Serialize(explanation);
        var rendered = _renderer.Render(explanation, explanationJson, _agencies.ThemeOf(agency.Id), PdfWindow(agency));
        var set = NoticeSetAssembler.Assemble(address, decisionEvent, eventSha256, agency, explanation, explanationJson, rendered);

        // Written without a look first: a redelivery and another event for the same notice are told apart by what
        // the writer finds in place (NoticeStoreWriter).
        return await _writer.WriteNoticeAsync(set, cancellationToken).ConfigureAwait(false) switch
        {
            NoticeWriteResult.Written => new PipelineOutcome.Issued(set.Manifest, address, AlreadyIssued: false),
            NoticeWriteResult.AlreadyWritten existing => new PipelineOutcome.Issued(existing.Manifest, address, AlreadyIssued: true),
            _ => await RejectAsync(identity, [NoticeExists(decision)], eventBytes, eventSha256, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>The envelope window a PDF keeps clear, or null when the agency's profile asks for no PDF.</summary>
    private static AddressWindow? PdfWindow(AgencyProfile agency) => agency.WantsPdf ? agency.AddressWindow ?? AddressWindow.Default : null;

    private async Task<PipelineOutcome> RejectAsync(
        EventIdentity identity, IReadOnlyList<Problem> reasons, ReadOnlyMemory<byte> eventBytes, string eventSha256, CancellationToken cancellationToken)
    {
        // Only an agency we serve names a folder: anything else could be any text, a path among them.
        var agencyFolder = identity.AgencyId is { } id && _agencies.TryGet(id, out _) ? id : StoreLayout.UnknownAgencyFolder;
        var (revision, decisionDate, algorithms) = RejectedEventDetails.Read(eventBytes);
        var record = new RejectionRecord(
            identity.EventId,
            identity.AgencyId,
            identity.DecisionId,
            _time.GetUtcNow(),
            reasons,
            eventSha256,
            revision,
            decisionDate,
            algorithms);
        var path = await _writer.WriteRejectionAsync(new RejectionSet(agencyFolder, identity.EventId, eventSha256, record.ToJson(), eventBytes), cancellationToken).ConfigureAwait(false);
        return new PipelineOutcome.Rejected(record, path);
    }

    private static Problem NoticeExists(Decision decision) => new(
        PipelineErrorCodes.NoticeExists,
        "/data/decision/revision",
        $"A notice for decision '{decision.Id}' revision {decision.Revision} was already issued from another event. An issued notice is never replaced: send the corrected decision as revision {decision.Revision + 1}.");
}
