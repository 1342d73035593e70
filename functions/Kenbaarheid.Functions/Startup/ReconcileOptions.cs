using Kenbaarheid.Azure.Storage;

namespace Kenbaarheid.Functions.Startup;

/// <summary>The <c>Reconcile</c> timer's settings, in the section <c>Kenbaarheid:Reconcile</c> (app settings <c>Kenbaarheid__Reconcile__…</c>).</summary>
public sealed class ReconcileOptions
{
    public const string SectionName = "Kenbaarheid:Reconcile";

    /// <summary>
    /// Optional: <c>blob:{container}[/{prefix}]</c> in the notice account holding the agencies' lists of decisions
    /// sent (every blob below it, one <c>agencyId,decisionId[,revision]</c> per line). When set, the daily check also
    /// reports the listed decisions that have neither a notice nor a rejection. Default: unset, the store's own state only.
    /// </summary>
    public string? ExpectedLists { get; set; }

    public BlobFolderAddress? ExpectedListsAddress => BlobFolderAddress.Parse(ExpectedLists);

    /// <summary>Every problem with these settings, as sentences naming the setting; empty when they can be used.</summary>
    public IReadOnlyList<string> Validate() =>
        string.IsNullOrWhiteSpace(ExpectedLists) || ExpectedListsAddress is not null
            ? []
            : [$"Kenbaarheid__Reconcile__ExpectedLists '{ExpectedLists}' must be blob:{{container}} or blob:{{container}}/{{prefix}}."];
}
