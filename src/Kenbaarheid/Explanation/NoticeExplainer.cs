using System.Security.Cryptography;
using System.Text;
using Kenbaarheid.Agencies;
using Kenbaarheid.Events;
using Kenbaarheid.Registry;

namespace Kenbaarheid.Explanation;

/// <summary>
/// Builds the explanation behind a notice from a valid event, its agency profile and the register, and raises
/// the compliance flags. Every legal claim a notice makes follows from a rule here (docs/LEGAL.md), not from the
/// event's say-so. A blocking flag turns into a rejection: the decision must not go out with this notice.
/// </summary>
public sealed class NoticeExplainer(IRegistrySnapshotSource registrySource)
{
    /// <summary>The notice is always in Dutch, the language of the decision.</summary>
    public const string DecisionLanguage = "nl";

    /// <summary>Register data older than this at the event's time is stale (OUTPUT.md, REGISTER_SNAPSHOT_STALE).</summary>
    public static readonly TimeSpan RegisterMaxAge = TimeSpan.FromDays(31);

    public ExplanationResult Explain(DecisionEvent decisionEvent, AgencyProfile agency)
    {
        var registry = registrySource.Current;
        var flags = new List<ComplianceFlag>();
        var human = AutomationRule.Explain(decisionEvent, flags);
        var algorithms = new List<AlgorithmFacts>();
        for (var index = 0; index < decisionEvent.Algorithms.Count; index++)
        {
            algorithms.Add(ExplainAlgorithm(decisionEvent, agency, registry, human, index, flags));
        }

        string? NameOf(string lars) => algorithms.FirstOrDefault(a => a.Lars == lars)?.Register?.Name;
        var risk = ClassificationRule.Explain(decisionEvent, agency, human, NameOf, flags);
        if (risk is not null)
        {
            var classifiers = risk.Algorithms.Select(a => a.Lars).ToHashSet(StringComparer.Ordinal);
            algorithms = algorithms.Select(a => a with { ClassifiedPerson = classifiers.Contains(a.Lars) }).ToList();
        }

        FlagDecision(decisionEvent, agency, human, risk, flags);
        FlagRegisterAge(decisionEvent, registry, flags);
        var data = decisionEvent.Data.Select((item, index) => ExplainData(decisionEvent, item, index, flags)).ToList();
        var remedy = RemedyRule.Explain(decisionEvent.Decision, agency, GeneralHolidayCalendar.Default, flags);
        var aiText = ExplainGeneratedText(decisionEvent, NameOf);
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
            HasWeightFigures: algorithms.Any(a => a.Parameters.Any(p => p.WeightKind == WeightKind.Figure)),
            HasOperations: algorithms.Any(a => a.Operations.Count > 0),
            Risk: risk,
            Human: human,
            Rights: new RightsFacts(
                remedy,
                agency.ExplanationRequest.Web,
                agency.ExplanationRequest.ResponseDays,
                data.Where(d => d.Register is not null).Select(d => new CorrectionFacts(d.Category, d.Register!.Value, CorrectionFacts.KeeperOf(d.Register.Value))).ToList(),
                agency.Supervisor.Name,
                agency.Supervisor.Web,
                agency.InPersonHelp?.Texts),
            Contact: new ContactFacts(agency.Id, agency.Name, agency.Contact.Phone, agency.Contact.Web, agency.Contact.Post),
            GeneratedText: UsesGeneratedText(decisionEvent),
            AiText: aiText,
            About: new TraceFacts(noticeId, decisionEvent.Id, decision.Id.Value, decision.Revision, decisionEvent.Time, registry.TakenOn, registry.Id),
            Flags: flags);
        return new ExplanationResult(explanation, []);
    }

    /// <summary>
    /// A notice id that depends only on what identifies the decision, so reprocessing yields the same id and
    /// the same documents.
    /// </summary>
    public static string NoticeIdFor(AgencyId agencyId, DecisionId decisionId, int revision)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{agencyId}:{decisionId}:{revision}"));
        return "kb-" + Convert.ToHexStringLower(hash)[..20];
    }

    private static AlgorithmFacts ExplainAlgorithm(
        DecisionEvent decisionEvent, AgencyProfile agency, RegistrySnapshot registry, HumanFacts human, int index, List<ComplianceFlag> flags)
    {
        var use = decisionEvent.Algorithms[index];
        var path = $"/data/algorithms/{index}";
        var lars = use.Lars.Value;
        var record = registry.Find(lars);
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
            register = RegisterEntryRule.Explain(decisionEvent, agency, human.DecidedBy == DecidedBy.Person, record, use, path, flags);
        }

        // fr-strict already requires both (STRICT_*_MISSING); under nl-baseline the notice says the person may ask.
        if (agency.Regime == Regime.NlBaseline && use.Parameters.Count == 0)
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.ParametersNotGiven,
                FlagSeverity.Warning,
                $"The event gives no parameters for algorithm {lars} (CRPA R311-3-1-2, 3°). The notice tells the person they may ask for them; send them with the event.",
                path + "/parameters"));
        }

        if (agency.Regime == Regime.NlBaseline && use.Operations.Count == 0)
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.OperationsNotGiven,
                FlagSeverity.Warning,
                $"The event gives no operations for algorithm {lars} (CRPA R311-3-1-2, 4°). The notice tells the person they may ask for them; send them with the event.",
                path + "/operations"));
        }

        return new AlgorithmFacts(lars, use.Version, use.Role, use.Weight, use.Explanation, ParameterRule.Explain(use.Parameters), use.Operations, ClassifiedPerson: false, register);
    }

    private static void FlagDecision(DecisionEvent decisionEvent, AgencyProfile agency, HumanFacts human, RiskFacts? risk, List<ComplianceFlag> flags)
    {
        var decision = decisionEvent.Decision;
        if (decisionEvent.RiskClassification is { } classification)
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.RiskClassificationApplied,
                FlagSeverity.Review,
                $"Algorithm {classification.ProducedBy} classified the person{(classification.AffectedOutcome ? " and this changed the outcome" : string.Empty)}. The notice says so explicitly; check that the consequence is described correctly.",
                "/data/riskClassification"));
        }

        ProfilingRule.Flag(decisionEvent, human, risk, flags);
        var automated = human.DecidedBy != DecidedBy.Person;
        if (automated && decision.Discretion == Discretion.Discretionary)
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.AutomatedDecisionWithDiscretion,
                FlagSeverity.Review,
                $"No person weighed this decision ({(human.DecidedBy == DecidedBy.Algorithm ? "it is automated" : "it is automated in substance")}), yet the law leaves room to weigh the case (GDPR art. 22). Check that automated decision-making is allowed here.",
                "/data/decision/discretion"));
        }

        if (UsesGeneratedText(decisionEvent))
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.AiGeneratedText,
                FlagSeverity.Info,
                "Text of this decision or notice was written by generative AI; the notice carries the AI label. AI Act art. 50 obliges the provider to mark such text and, for text published to inform the public, the deployer to disclose it; the label here goes further, so the person always knows.",
                decisionEvent.GeneratedText ? "/data/generatedText" : "/data/algorithms"));
            if (decisionEvent.GeneratedTextDetails is null)
            {
                flags.Add(new ComplianceFlag(
                    FlagCodes.AiTextUndescribed,
                    agency.Regime == Regime.FrStrict ? FlagSeverity.Block : FlagSeverity.Warning,
                    "Generative AI wrote text here, but the event has no generatedTextDetails: the notice cannot say which text, which algorithm wrote it or whether a person checked it. Send generatedTextDetails.",
                    "/data/generatedTextDetails"));
            }
        }
    }

    private static void FlagRegisterAge(DecisionEvent decisionEvent, RegistrySnapshot registry, List<ComplianceFlag> flags)
    {
        var takenAt = registry.TakenAt ?? (registry.TakenOn is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);
        if (takenAt is { } date && decisionEvent.Time - date <= RegisterMaxAge)
        {
            return;
        }

        flags.Add(new ComplianceFlag(
            FlagCodes.RegisterSnapshotStale,
            FlagSeverity.Warning,
            takenAt is { } known
                ? $"The register data the notice used dates from {known:yyyy-MM-dd}, more than {RegisterMaxAge.TotalDays:0} days before the event's time ({decisionEvent.Time:yyyy-MM-dd}). Sync the register (registry sync) so notices show what the register says now."
                : "The date of the register data the notice used is unknown. Use a synced register snapshot so notices show what the register says now.",
            "/time"));
    }

    private static DataFacts ExplainData(DecisionEvent decisionEvent, DataItem item, int index, List<ComplianceFlag> flags)
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

        var fromParameters = ParameterRule.ValueFor(item, decisionEvent.Algorithms);
        return new DataFacts(item.Category, item.Source, item.Value ?? fromParameters, fromParameters is not null, item.Personal, item.Special, proxy, item.Register);
    }

    private static AiTextFacts? ExplainGeneratedText(DecisionEvent decisionEvent, Func<string, string?> nameOf) =>
        decisionEvent.GeneratedTextDetails is { } details
            ? new AiTextFacts(details.What, details.ProducedBy?.Value, details.ProducedBy is { } lars ? nameOf(lars.Value) : null, details.CheckedByPerson)
            : null;

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
