namespace Kenbaarheid.Explanation;

/// <summary>
/// The catalogue of compliance flags (DOMAIN.md, OUTPUT.md v1.1). Codes are stable: agencies and dashboards key on
/// them. Why each flag holds, with its legal source, is in docs/LEGAL.md.
/// </summary>
internal static class FlagCodes
{
    public const string RiskClassificationApplied = "RISK_CLASSIFICATION_APPLIED";
    public const string Profiling = "PROFILING";
    public const string ProfilingInAutomatedDecision = "PROFILING_IN_AUTOMATED_DECISION";
    public const string AutomatedDecisionWithDiscretion = "AUTOMATED_DECISION_WITH_DISCRETION";
    public const string AlgorithmNotRegistered = "ALGORITHM_NOT_REGISTERED";
    public const string RegisterEntryIncomplete = "REGISTER_ENTRY_INCOMPLETE";
    public const string RegisterStatusNotInUse = "REGISTER_STATUS_NOT_IN_USE";
    public const string HighRiskWithoutImpactAssessment = "HIGH_RISK_WITHOUT_IMPACT_ASSESSMENT";
    public const string ClassificationMismatch = "CLASSIFICATION_MISMATCH";
    public const string SpecialCategoryData = "SPECIAL_CATEGORY_DATA";
    public const string ProxyData = "PROXY_DATA";
    public const string AiGeneratedText = "AI_GENERATED_TEXT";
    public const string RecipientLanguageNotOffered = "RECIPIENT_LANGUAGE_NOT_OFFERED";

    // Fixed by the contract (OUTPUT.md v1.1).
    public const string AutomatedInSubstance = "AUTOMATED_IN_SUBSTANCE";
    public const string ClassificationUndisclosed = "CLASSIFICATION_UNDISCLOSED";
    public const string OutcomeClaimInconsistent = "OUTCOME_CLAIM_INCONSISTENT";
    public const string AlgorithmOfOtherOrganisation = "ALGORITHM_OF_OTHER_ORGANISATION";
    public const string RegisterTextGarbled = "REGISTER_TEXT_GARBLED";
    public const string RegisterSnapshotStale = "REGISTER_SNAPSHOT_STALE";
    public const string ParametersNotGiven = "PARAMETERS_NOT_GIVEN";
    public const string OperationsNotGiven = "OPERATIONS_NOT_GIVEN";
    public const string AiTextUndescribed = "AI_TEXT_UNDESCRIBED";

    // Remedies (v1.1), the project's own.
    public const string ObjectionAddressMissing = "OBJECTION_ADDRESS_MISSING";
    public const string RemedyNoneWithLegalEffect = "REMEDY_NONE_WITH_LEGAL_EFFECT";
    public const string RemedyLastDayUnknown = "REMEDY_LAST_DAY_UNKNOWN";

    // The PDF notice (issue 14), the project's own: raised when the notice is rendered, so in the manifest only.
    public const string PdfCharacterMissing = "PDF_CHARACTER_MISSING";
}
