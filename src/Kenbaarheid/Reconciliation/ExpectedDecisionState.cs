namespace Kenbaarheid.Reconciliation;

/// <summary>What the store holds for an expected decision.</summary>
public enum ExpectedDecisionState
{
    /// <summary>A finished notice (with its manifest).</summary>
    Issued,

    /// <summary>A notice folder without a manifest: a write that has not finished.</summary>
    Unfinished,

    /// <summary>Rejected, and no notice since.</summary>
    Rejected,

    /// <summary>Neither a notice nor a rejection: the event never arrived, or was lost.</summary>
    Missing,
}
