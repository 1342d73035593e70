using Kenbaarheid.Agencies;
using Kenbaarheid.Events;

namespace Kenbaarheid.Explanation;

/// <summary>
/// When an algorithm sorted, selected, ranked or matched the person, the notice says so first and in neutral words.
/// With the event's riskClassification it states the classification; when a classifying algorithm took part and the
/// event has no riskClassification at all, it says only that an algorithm sorted or selected them, and flags the gap.
/// What it may say about the outcome follows from the facts (<see cref="OutcomeClaim"/>).
/// </summary>
internal static class ClassificationRule
{
    public static bool Classifies(AlgorithmRole role) =>
        role is AlgorithmRole.Classification or AlgorithmRole.RiskAssessment or AlgorithmRole.Selection or AlgorithmRole.Ranking or AlgorithmRole.Matching;

    public static RiskFacts? Explain(DecisionEvent decisionEvent, AgencyProfile agency, HumanFacts human, Func<string, string?> nameOf, List<ComplianceFlag> flags)
    {
        var strict = agency.Regime == Regime.FrStrict;
        if (decisionEvent.RiskClassification is { } risk)
        {
            var index = decisionEvent.Algorithms.ToList().FindIndex(a => a.Lars == risk.ProducedBy);
            var producer = decisionEvent.Algorithms[index];
            var claim = Claim(decisionEvent, human, producer, risk.AffectedOutcome);
            if (producer.Weight == ContributionWeight.Decisive && !risk.AffectedOutcome)
            {
                flags.Add(new ComplianceFlag(
                    FlagCodes.OutcomeClaimInconsistent,
                    strict ? FlagSeverity.Block : FlagSeverity.Warning,
                    $"riskClassification.affectedOutcome is false, but algorithm {producer.Lars}, which produced the classification, is decisive: its output determined the outcome. The notice makes no claim either way; correct the event.",
                    "/data/riskClassification/affectedOutcome"));
            }

            return new RiskFacts(
                ClassificationDisclosure.Stated,
                KindOf(producer.Role),
                [new ClassifierFacts(producer.Lars.Value, nameOf(producer.Lars.Value), producer.Role)],
                risk.Label,
                risk.Consequence,
                claim,
                ProfilingRule.Applies(decisionEvent));
        }

        if (decisionEvent.RiskClassificationStated)
        {
            return null;
        }

        var classifiers = decisionEvent.Algorithms.Select((use, i) => (use, i)).Where(a => Classifies(a.use.Role)).ToList();
        foreach (var (use, i) in classifiers)
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.ClassificationUndisclosed,
                strict ? FlagSeverity.Block : FlagSeverity.Review,
                $"Algorithm {use.Lars} has role \"{EnumWireNames.NameOf(use.Role)}\", so it sorted or selected the person, but the event has no riskClassification. The notice says in neutral words that an algorithm sorted or selected them; send riskClassification with what it decided and what followed.",
                $"/data/algorithms/{i}/role"));
        }

        return classifiers.Count == 0
            ? null
            : new RiskFacts(
                ClassificationDisclosure.Undisclosed,
                KindOf(classifiers[0].use.Role),
                classifiers.Select(a => new ClassifierFacts(a.use.Lars.Value, nameOf(a.use.Lars.Value), a.use.Role)).ToList(),
                Label: null,
                Consequence: null,
                OutcomeClaim.None,
                ProfilingRule.Applies(decisionEvent));
    }

    private static ClassificationKind KindOf(AlgorithmRole role) => role switch
    {
        AlgorithmRole.Selection => ClassificationKind.Selected,
        AlgorithmRole.Ranking => ClassificationKind.Ranked,
        _ => ClassificationKind.Sorted,
    };

    /// <summary>
    /// A risk assessment or selection that was not decisive, followed by a person's review, led to an extra check: that
    /// is said rather than "changed" or "did not change", which would contradict a model that counted. That the decision
    /// rests on what the check found is said only when a person decided; when an algorithm determined the outcome (in
    /// form or in substance) it would be a person-decided claim the facts do not license. A decisive model cannot have
    /// left the outcome unchanged, so then nothing is claimed.
    /// </summary>
    private static OutcomeClaim Claim(DecisionEvent decisionEvent, HumanFacts human, AlgorithmUse producer, bool affectedOutcome)
    {
        if (producer.Weight != ContributionWeight.Decisive
            && producer.Role is AlgorithmRole.RiskAssessment or AlgorithmRole.Selection
            && decisionEvent.HumanReview is { Performed: true })
        {
            return human.DecidedBy == DecidedBy.Person ? OutcomeClaim.ExtraCheck : OutcomeClaim.ExtraCheckOnly;
        }

        return (affectedOutcome, producer.Weight) switch
        {
            (true, _) => OutcomeClaim.Changed,
            (false, ContributionWeight.Advisory) => OutcomeClaim.NotChanged,
            _ => OutcomeClaim.None,
        };
    }
}
