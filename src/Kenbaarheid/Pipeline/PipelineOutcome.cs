using Kenbaarheid.Events;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Pipeline;

/// <summary>
/// What became of one event: issued (a notice set), rejected (a rejection record) or a transient failure
/// (nothing decided; the event must be delivered again). The first two are final; the handler completes the
/// message for them and abandons it for the third.
/// </summary>
public abstract record PipelineOutcome(string? EventId, string? AgencyId, string? DecisionId)
{
    /// <summary>The event id as logs and traces may carry it: a rejected event's id is unchecked text.</summary>
    public string? LoggableEventId => EventId is null ? null : PathSafeId.From(EventId);

    /// <summary>A notice set exists for the event; <see cref="AlreadyIssued"/> when an earlier delivery wrote it.</summary>
    public sealed record Issued(NoticeManifest Manifest, NoticeAddress Address, bool AlreadyIssued)
        : PipelineOutcome(Manifest.EventId, Manifest.AgencyId.Value, Manifest.DecisionId.Value)
    {
        /// <summary>The notice's folder in the store, <c>notices/{agency}/{decision}/r{revision}</c>.</summary>
        public string Folder => Address.Folder;
    }

    /// <summary>The event got a rejection record instead of a notice.</summary>
    public sealed record Rejected(RejectionRecord Record, string RecordPath)
        : PipelineOutcome(Record.EventId, Record.AgencyId, Record.DecisionId);

    /// <summary>
    /// The store could not be used; nothing final happened to the event. <see cref="Misconfiguration"/> when the
    /// store refused a permission: delivering the event again cannot help until an operator grants it.
    /// </summary>
    public sealed record TransientFailure(EventIdentity Identity, string Reason, bool Misconfiguration = false)
        : PipelineOutcome(Identity.EventId, Identity.AgencyId, Identity.DecisionId);
}
