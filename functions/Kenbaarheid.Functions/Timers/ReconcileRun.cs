using Kenbaarheid.Reconciliation;

namespace Kenbaarheid.Functions.Timers;

/// <summary>One run of the <c>Reconcile</c> timer: the report, how many expected lists it read, and the lines of those lists it could not use.</summary>
public sealed record ReconcileRun(ReconciliationReport Report, int ExpectedLists, IReadOnlyList<string> ListProblems);
