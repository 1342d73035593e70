using Kenbaarheid.Events;

namespace Kenbaarheid.Explanation;

/// <summary>
/// Profiling, and whether an automated decision rests on it. UAVG art. 40(1) lifts the ban of GDPR art. 22(1) for
/// automated decisions needed for a legal obligation or a public task, "anders dan op basis van profilering": an
/// automated decision (in form or in substance) to whose outcome a profiling algorithm contributed is not covered and
/// is blocked. The test is targeted at the algorithm that profiled and its weight, not at the mere presence of profiling
/// somewhere in the case.
/// </summary>
internal static class ProfilingRule
{
    /// <summary>
    /// The event says so, or a risk assessment took part: estimating a person's risk is evaluating personal aspects to
    /// predict their behaviour or reliability, which is profiling by definition (GDPR art. 4(4)), whatever the event says.
    /// </summary>
    public static bool Applies(DecisionEvent decisionEvent) =>
        decisionEvent.Profiling || decisionEvent.Algorithms.Any(a => a.Role == AlgorithmRole.RiskAssessment);

    public static void Flag(DecisionEvent decisionEvent, HumanFacts human, RiskFacts? risk, List<ComplianceFlag> flags)
    {
        if (!Applies(decisionEvent))
        {
            return;
        }

        var profiler = human.DecidedBy != DecidedBy.Person && decisionEvent.Decision.LegalEffect
            ? Profilers(decisionEvent).FirstOrDefault(p => ContributedToOutcome(p.Use, human, risk))
            : default;
        flags.Add(profiler.Use is not null
            ? new ComplianceFlag(
                FlagCodes.ProfilingInAutomatedDecision,
                FlagSeverity.Block,
                $"Algorithm {profiler.Use.Lars} profiles the person (role \"{EnumWireNames.NameOf(profiler.Use.Role)}\", weight \"{EnumWireNames.NameOf(profiler.Use.Weight)}\") and contributed to the outcome of a decision with legal effect that no person weighed. Dutch law (UAVG art. 40(1)) allows automated decisions for a legal obligation or public task, but not those based on profiling; a person must take this decision.",
                $"/data/algorithms/{profiler.Index}/weight")
            : new ComplianceFlag(
                FlagCodes.Profiling,
                FlagSeverity.Review,
                human.DecidedBy == DecidedBy.Person || !decisionEvent.Decision.LegalEffect
                    ? "Profiling was used to prepare or support this decision (GDPR art. 4(4) and 22). Check that the person who reviewed the case weighed the outcome of the profile."
                    : "Profiling took part in a decision no person weighed, but the algorithm that profiled only advised or only led a person to check the case (GDPR art. 4(4) and 22). Check that the outcome does not rest on the profile (UAVG art. 40(1)).",
                decisionEvent.Profiling ? "/data/profiling" : "/data/algorithms"));
    }

    /// <summary>
    /// The algorithms that profiled: every risk assessment and, when the event says it profiled, every algorithm that
    /// sorted, selected, ranked or matched the person; when none of them did, the event does not say which algorithm
    /// profiled, so each one is taken to have.
    /// </summary>
    private static List<(AlgorithmUse Use, int Index)> Profilers(DecisionEvent decisionEvent)
    {
        var all = decisionEvent.Algorithms.Select((use, index) => (use, index)).ToList();
        var profilers = all.Where(a => a.use.Role == AlgorithmRole.RiskAssessment || (decisionEvent.Profiling && ClassificationRule.Classifies(a.use.Role))).ToList();
        return profilers.Count > 0 ? profilers : all;
    }

    /// <summary>
    /// A decisive or partial output is part of the outcome; advice is not. A partial model whose only effect was to make
    /// a person check the case did not shape the outcome when that person reviewed and could deviate and only a bound
    /// calculation made the decision automated: the check did (sample 02).
    /// </summary>
    private static bool ContributedToOutcome(AlgorithmUse profiler, HumanFacts human, RiskFacts? risk) =>
        profiler.Weight switch
        {
            ContributionWeight.Decisive => true,
            ContributionWeight.Partial => !(OnlyLedToACheck(profiler, risk) && AutomatedOnlyByABoundCalculation(human)),
            _ => false,
        };

    private static bool AutomatedOnlyByABoundCalculation(HumanFacts human) =>
        human.DecidedBy == DecidedBy.AlgorithmInSubstance
        && human.AutomatedBecause.All(reason => reason == AutomationReason.DecisiveOnBoundDecision);

    private static bool OnlyLedToACheck(AlgorithmUse profiler, RiskFacts? risk) =>
        risk is { Disclosure: ClassificationDisclosure.Stated, OutcomeClaim: OutcomeClaim.ExtraCheck or OutcomeClaim.ExtraCheckOnly }
        && risk.Algorithms[0].Lars == profiler.Lars.Value;
}
