namespace Kenbaarheid.Explanation;

/// <summary>The catalogue of compliance flags (DOMAIN.md). Codes are stable: agencies and dashboards key on them.</summary>
public static class FlagCodes
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
}
