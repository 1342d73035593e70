namespace Kenbaarheid.Explanation;

/// <summary>
/// Who decided (<see cref="DecidedBy"/>, derived), why a decision counts as automated, and who reviewed it, by role.
/// <see cref="HumanIntervention"/> is set for every decision automated in form or in substance: the person may then
/// ask that a person looks again, give their view and contest the decision (GDPR art. 22(3)).
/// </summary>
public sealed record HumanFacts(
    DecidedBy DecidedBy,
    IReadOnlyList<AutomationReason> AutomatedBecause,
    bool? ReviewPerformed,
    string? Role,
    bool? CanDeviate,
    bool HumanIntervention);
