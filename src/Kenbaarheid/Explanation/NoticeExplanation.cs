using Kenbaarheid.Agencies;
using Kenbaarheid.Events;

namespace Kenbaarheid.Explanation;

/// <summary>
/// Every element of the notice checklist, as language-neutral facts. Templates only phrase what is here;
/// every decision about what a notice says is made when this is built. It is also <c>explanation.json</c>.
/// </summary>
public sealed record NoticeExplanation(
    string NoticeId,
    Regime Regime,
    IReadOnlyList<string> Languages,
    Involvement Involvement,
    Decision Decision,
    IReadOnlyList<AlgorithmFacts> Algorithms,
    IReadOnlyList<DataFacts> Data,
    bool HasParameters,
    bool HasWeightFigures,
    bool HasOperations,
    RiskFacts? Risk,
    HumanFacts Human,
    RightsFacts Rights,
    ContactFacts Contact,
    bool GeneratedText,
    AiTextFacts? AiText,
    TraceFacts About,
    IReadOnlyList<ComplianceFlag> Flags);
