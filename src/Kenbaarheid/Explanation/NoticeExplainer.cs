using System.Security.Cryptography;
using System.Text;
using Kenbaarheid.Agencies;
using Kenbaarheid.Events;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Registry;

namespace Kenbaarheid.Explanation;

/// <summary>
/// Builds the explanation behind a notice from a valid event, its agency profile and the register, and raises
/// the compliance flags. A blocking flag turns into a rejection: the decision must not go out with this notice.
/// </summary>
public sealed class NoticeExplainer(IRegistrySnapshotSource registrySource)
{
    /// <summary>The notice is always in Dutch, the language of the decision.</summary>
    public const string DecisionLanguage = "nl";

    public ExplanationResult Explain(DecisionEvent decisionEvent, AgencyProfile agency)
    {
        var registry = registrySource.Current;
        var flags = new List<ComplianceFlag>();
        var risk = decisionEvent.RiskClassification;
        var algorithms = decisionEvent.Algorithms
            .Select((use, index) => ExplainAlgorithm(decisionEvent, agency, registry, use, index, flags))
            .ToList();

        FlagDecision(decisionEvent, flags);
        var data = decisionEvent.Data.Select((item, index) => ExplainData(item, index, flags)).ToList();
        var languages = ChooseLanguages(decisionEvent, agency, flags);

        var blocking = flags.Where(flag => flag.Severity == FlagSeverity.Block)
            .Select(flag => new Problem(flag.Code, flag.Path, flag.Message))
            .ToList();
        if (blocking.Count > 0)
        {
            return new ExplanationResult(null, blocking);
        }

        var decision = decisionEvent.Decision;
        var noticeId = NoticeIdFor(decisionEvent.AgencyId, decision.Id, decision.Revision);
        var explanation = new NoticeExplanation(
            NoticeId: noticeId,
            Regime: agency.Regime,
            Languages: languages,
            Involvement: decisionEvent.Involvement,
            Decision: decision,
            Algorithms: algorithms,
            Data: data,
            HasParameters: algorithms.Any(a => a.Parameters.Count > 0),
            HasOperations: algorithms.Any(a => a.Operations.Count > 0),
            Risk: risk is null ? null : new RiskFacts(
                risk.Label,
                risk.ProducedBy.Value,
                registry.Find(risk.ProducedBy.Value)?.Name,
                risk.Consequence,
                risk.AffectedOutcome,
                decisionEvent.Profiling),
            Human: ExplainHuman(decisionEvent),
            Rights: new RightsFacts(
                agency.Objection.PeriodWeeks,
                agency.Objection.Web,
                agency.ExplanationRequest.Web,
                agency.ExplanationRequest.ResponseDays,
                agency.Supervisor.Name,
                agency.Supervisor.Web,
                agency.InPersonHelp),
            Contact: new ContactFacts(agency.Id, agency.Name, agency.Contact.Phone, agency.Contact.Web, agency.Contact.Post),
            GeneratedText: UsesGeneratedText(decisionEvent),
            About: new TraceFacts(noticeId, decisionEvent.Id, decision.Id, decision.Revision, decisionEvent.Time, registry.TakenOn, registry.Id),
            Flags: flags);
        return new ExplanationResult(explanation, []);
    }

    /// <summary>
    /// A notice id that depends only on what identifies the decision, so reprocessing yields the same id and
    /// the same documents.
    /// </summary>
    public static string NoticeIdFor(string agencyId, string decisionId, int revision)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{agencyId}:{decisionId}:{revision}"));
        return "kb-" + Convert.ToHexStringLower(hash)[..20];
    }

    private static AlgorithmFacts ExplainAlgorithm(
        DecisionEvent decisionEvent, AgencyProfile agency, RegistrySnapshot registry, AlgorithmUse use, int index, List<ComplianceFlag> flags)
    {
        var path = $"/data/algorithms/{index}";
        var lars = use.Lars.Value;
        var record = registry.Find(lars);
        var classifiedPerson = decisionEvent.RiskClassification?.ProducedBy == use.Lars;
        RegisterFacts? register = null;

        if (record is null)
        {
            var blocks = agency.Regime == Regime.FrStrict || agency.UnregisteredAlgorithms == UnregisteredAlgorithmPolicy.Block;
            flags.Add(new ComplianceFlag(
                FlagCodes.AlgorithmNotRegistered,
                blocks ? FlagSeverity.Block : FlagSeverity.Warning,
                blocks
                    ? $"Algorithm {lars} is not in the Algoritmeregister. This agency's rules require every algorithm in a decision to be registered; register it and send the event again."
                    : $"Algorithm {lars} is not in the Algoritmeregister. The notice says so to the citizen; register the algorithm so the notice can link to it.",
                path + "/lars"));
        }
        else
        {
            register = ExplainRegisterEntry(decisionEvent, record, use, path, flags);
        }

        return new AlgorithmFacts(lars, use.Version, use.Role, use.Weight, use.Explanation, use.Parameters, use.Operations, classifiedPerson, register);
    }

    private static RegisterFacts ExplainRegisterEntry(
        DecisionEvent decisionEvent, RegisterRecord record, AlgorithmUse use, string path, List<ComplianceFlag> flags)
    {
        var lars = record.Lars;
        var gaps = RegisterGaps.NoticeNeeds(record, eventGivesLegalBasis: decisionEvent.Decision.LegalBasis.Count > 0);
        if (gaps.Count > 0)
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.RegisterEntryIncomplete,
                FlagSeverity.Warning,
                $"The register entry of algorithm {lars} leaves empty what the notice needs: {string.Join(", ", gaps.Select(EnumWireNames.NameOf))}. The notice tells the citizen the register does not say this; fill in these fields.",
                path + "/lars"));
        }

        var inUse = record.Status == RegisterStatus.InUse;
        if (!inUse)
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.RegisterStatusNotInUse,
                FlagSeverity.Warning,
                record.Status is null
                    ? $"The register entry of algorithm {lars} has no status, yet the algorithm was used in this decision. Set the status to \"{RegisterStatus.InUse}\"."
                    : $"The register entry of algorithm {lars} has status \"{record.Status}\", yet the algorithm was used in this decision. Correct the status or the event.",
                path + "/lars"));
        }

        if (record.PublicationCategory == PublicationCategory.HighRiskAi && !record.HasImpactAssessment)
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.HighRiskWithoutImpactAssessment,
                FlagSeverity.Review,
                $"Algorithm {lars} is registered as a high-risk AI system, but its register entry records no impact assessment (DPIA, IAMA or FRAIA).",
                path + "/lars"));
        }

        if (record.PublicationCategory == PublicationCategory.Other && IsImpactful(decisionEvent, use))
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.ClassificationMismatch,
                FlagSeverity.Warning,
                $"Algorithm {lars} is registered as \"{PublicationCategory.Other}\", but here it {ImpactReason(decisionEvent, use)}. Such algorithms belong in \"{PublicationCategory.Impactful}\" or higher.",
                path + "/lars"));
        }

        return new RegisterFacts(
            record.Name,
            record.DescriptionShort,
            record.Organization,
            record.PublicUrl,
            record.PublicationCategory,
            record.Status,
            inUse,
            record.Goal,
            record.HumanIntervention,
            record.SourceData,
            record.SourceDataLinks,
            record.LawfulBasis,
            record.LawfulBasisLinks,
            record.ImpactAssessments,
            record.MethodsAndModels,
            record.Provider,
            gaps,
            record.EntrySha256);
    }

    /// <summary>
    /// Category B of the register covers algorithms that influence legal effects or classify people. Using one
    /// that way while it is registered as "other" is a classification mismatch.
    /// </summary>
    private static bool IsImpactful(DecisionEvent decisionEvent, AlgorithmUse use) =>
        ClassifiesPeople(use.Role)
        || (decisionEvent.Decision.LegalEffect && (use.Weight == ContributionWeight.Decisive || decisionEvent.Involvement == Involvement.Automated));

    private static bool ClassifiesPeople(AlgorithmRole role) =>
        role is AlgorithmRole.RiskAssessment or AlgorithmRole.Classification or AlgorithmRole.Selection;

    private static string ImpactReason(DecisionEvent decisionEvent, AlgorithmUse use) =>
        ClassifiesPeople(use.Role)
            ? "classifies or selects people"
            : decisionEvent.Involvement == Involvement.Automated
                ? "takes a decision with legal effect without a person deciding"
                : "determines the outcome of a decision with legal effect";

    private static void FlagDecision(DecisionEvent decisionEvent, List<ComplianceFlag> flags)
    {
        var decision = decisionEvent.Decision;
        if (decisionEvent.RiskClassification is { } risk)
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.RiskClassificationApplied,
                FlagSeverity.Review,
                $"Algorithm {risk.ProducedBy} classified the person{(risk.AffectedOutcome ? " and this changed the outcome" : string.Empty)}. The notice says so explicitly; check that the consequence is described correctly.",
                "/data/riskClassification"));
        }

        if (decisionEvent.Profiling)
        {
            var automated = decisionEvent.Involvement == Involvement.Automated && decision.LegalEffect;
            flags.Add(automated
                ? new ComplianceFlag(
                    FlagCodes.ProfilingInAutomatedDecision,
                    FlagSeverity.Block,
                    "Profiling was used in a decision with legal effect that no person took. Dutch law (UAVG art. 40) does not allow this; a person must take this decision.",
                    "/data/profiling")
                : new ComplianceFlag(
                    FlagCodes.Profiling,
                    FlagSeverity.Review,
                    "Profiling was used to prepare or support this decision (GDPR art. 22). Check that the person who decided weighed the outcome of the profile.",
                    "/data/profiling"));
        }

        if (decisionEvent.Involvement == Involvement.Automated && decision.Discretion == Discretion.Discretionary)
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.AutomatedDecisionWithDiscretion,
                FlagSeverity.Review,
                "No person took this decision, yet the law leaves room to weigh the case (GDPR art. 22). Check that automated decision-making is allowed here.",
                "/data/decision/discretion"));
        }

        if (UsesGeneratedText(decisionEvent))
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.AiGeneratedText,
                FlagSeverity.Info,
                "Text of this decision or notice was written by generative AI; the notice carries the AI label (AI Act art. 50).",
                decisionEvent.GeneratedText ? "/data/generatedText" : "/data/algorithms"));
        }
    }

    private static DataFacts ExplainData(DataItem item, int index, List<ComplianceFlag> flags)
    {
        var proxy = ProxyDataTerms.Matches(item.Category);
        if (item.Special)
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.SpecialCategoryData,
                FlagSeverity.Review,
                $"Data item {index} is special-category personal data (GDPR art. 9). Check that the law allows its use in this decision.",
                $"/data/data/{index}/special"));
        }

        if (proxy)
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.ProxyData,
                FlagSeverity.Review,
                $"Data item {index} can stand in for origin or ethnicity (postcode, nationality or country of birth). Check that its use does not lead to unequal treatment.",
                $"/data/data/{index}/category"));
        }

        return new DataFacts(item.Category, item.Source, item.Value, item.Personal, item.Special, proxy);
    }

    private static HumanFacts ExplainHuman(DecisionEvent decisionEvent)
    {
        var review = decisionEvent.HumanReview;
        var automated = decisionEvent.Involvement == Involvement.Automated;
        return new HumanFacts(
            PersonDecided: !automated,
            ReviewPerformed: review?.Performed,
            Role: review?.Role,
            CanDeviate: review?.CanDeviate,
            RightToHumanReview: automated);
    }

    /// <summary>Dutch always, as the language of the decision; the recipient's language as well when the agency offers it.</summary>
    private static List<string> ChooseLanguages(DecisionEvent decisionEvent, AgencyProfile agency, List<ComplianceFlag> flags)
    {
        var wanted = decisionEvent.Recipient.Language ?? agency.DefaultLanguage;
        if (!agency.Languages.Contains(wanted))
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.RecipientLanguageNotOffered,
                FlagSeverity.Info,
                $"The recipient asked for language '{wanted}', which this agency does not offer; the notice is in '{agency.DefaultLanguage}'.",
                "/data/recipient/language"));
            wanted = agency.DefaultLanguage;
        }

        return wanted == DecisionLanguage ? [DecisionLanguage] : [DecisionLanguage, wanted];
    }

    private static bool UsesGeneratedText(DecisionEvent decisionEvent) =>
        decisionEvent.GeneratedText || decisionEvent.Algorithms.Any(a => a.Role == AlgorithmRole.TextGeneration);
}
