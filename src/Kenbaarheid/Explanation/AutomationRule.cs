using Kenbaarheid.Events;

namespace Kenbaarheid.Explanation;

/// <summary>
/// Who decided, in law. A decision a person is said to have taken is automated in substance when no person looked at
/// it, the person could not deviate, or a decisive algorithm determined a decision the law leaves no room to weigh:
/// then no person weighed it (GDPR art. 22(1); CJEU C-634/21 SCHUFA, 7 December 2023). The notice then never says a
/// person decided, and offers the rights of art. 22(3).
/// </summary>
internal static class AutomationRule
{
    public static HumanFacts Explain(DecisionEvent decisionEvent, List<ComplianceFlag> flags)
    {
        var review = decisionEvent.HumanReview;
        if (decisionEvent.Involvement == Involvement.Automated)
        {
            return new HumanFacts(DecidedBy.Algorithm, [], review?.Performed, review?.Role, review?.CanDeviate, HumanIntervention: true);
        }

        var reasons = new List<(AutomationReason Reason, string Path, string Text)>();
        if (review is { Performed: false })
        {
            reasons.Add((AutomationReason.NoReview, "/data/humanReview/performed", "no person reviewed the case (humanReview.performed is false)"));
        }

        if (review is { CanDeviate: false })
        {
            reasons.Add((AutomationReason.CannotDeviate, "/data/humanReview/canDeviate", "the person could not deviate from the algorithm (humanReview.canDeviate is false)"));
        }

        var decisive = decisionEvent.Algorithms.Select((use, index) => (use, index)).FirstOrDefault(a => a.use.Weight == ContributionWeight.Decisive);
        if (decisionEvent.Decision.Discretion == Discretion.Bound && decisive.use is not null)
        {
            reasons.Add((AutomationReason.DecisiveOnBoundDecision, $"/data/algorithms/{decisive.index}/weight", $"algorithm {decisive.use.Lars} was decisive in a decision the law leaves no room to weigh (discretion \"bound\")"));
        }

        if (reasons.Count == 0)
        {
            return new HumanFacts(DecidedBy.Person, [], review?.Performed, review?.Role, review?.CanDeviate, HumanIntervention: false);
        }

        flags.Add(new ComplianceFlag(
            FlagCodes.AutomatedInSubstance,
            FlagSeverity.Review,
            $"The event says a person decided (involvement \"{EnumWireNames.NameOf(decisionEvent.Involvement)}\"), but {string.Join("; and ", reasons.Select(r => r.Text))}. In law this is an automated decision (GDPR art. 22(1); CJEU C-634/21 SCHUFA): the notice does not say that a person decided, and offers the rights of art. 22(3). Check that this decision may be automated.",
            reasons[0].Path));
        return new HumanFacts(DecidedBy.AlgorithmInSubstance, reasons.Select(r => r.Reason).ToList(), review?.Performed, review?.Role, review?.CanDeviate, HumanIntervention: true);
    }
}
