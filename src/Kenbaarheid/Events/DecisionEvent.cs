namespace Kenbaarheid.Events;

/// <summary>
/// A valid decision event: the CloudEvents envelope and its data, mapped to domain types.
/// <see cref="RiskClassificationStated"/> is true when the event has a riskClassification at all, applied or not:
/// only its absence leaves a classifying algorithm undisclosed.
/// </summary>
public sealed record DecisionEvent(
    string Id,
    string Source,
    DateTimeOffset Time,
    string? Subject,
    Decision Decision,
    AgencyId AgencyId,
    Recipient Recipient,
    Involvement Involvement,
    HumanReview? HumanReview,
    IReadOnlyList<AlgorithmUse> Algorithms,
    IReadOnlyList<DataItem> Data,
    RiskClassification? RiskClassification,
    bool Profiling,
    bool GeneratedText,
    GeneratedTextDetails? GeneratedTextDetails,
    bool RiskClassificationStated);
