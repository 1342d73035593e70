namespace Kenbaarheid.Reconciliation;

/// <summary>
/// One decision an agency says it sent: <c>agencyId,decisionId[,revision]</c>. A null <see cref="Revision"/> means any
/// revision. <see cref="Line"/> is where the list said it, for messages.
/// </summary>
public sealed record ExpectedDecision(string AgencyId, string DecisionId, int? Revision, int Line)
{
    public override string ToString() => Revision is { } revision ? $"{AgencyId},{DecisionId},r{revision}" : $"{AgencyId},{DecisionId}";
}
