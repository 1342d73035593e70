using Kenbaarheid.Registry;

namespace Kenbaarheid.Explanation;

/// <summary>
/// What the register says about one algorithm, exactly as it says it. A null text means the register does not
/// say it; <see cref="Gaps"/> lists those fields so the notice can say so and the agency can fill them in.
/// Garbled text is repaired or withheld (<see cref="TextWithheld"/>; a withheld <see cref="Name"/> is null), never
/// shown. <see cref="OtherOrganisation"/> is set when the entry belongs to another organisation than the agency,
/// which the notice then names (<see cref="Organization"/>).
/// </summary>
public sealed record RegisterFacts(
    string? Name,
    string? Description,
    string? Organization,
    bool OtherOrganisation,
    string Url,
    string? PublicationCategory,
    string? Status,
    bool InUse,
    RegisterText? Goal,
    RegisterText? HumanIntervention,
    RegisterText? SourceData,
    IReadOnlyList<RegisterLink> SourceDataLinks,
    RegisterText? LawfulBasis,
    IReadOnlyList<RegisterLink> LawfulBasisLinks,
    IReadOnlyList<RegisterLink> ImpactAssessments,
    RegisterText? MethodsAndModels,
    string? Provider,
    IReadOnlyList<RegisterField> Gaps,
    bool TextWithheld,
    string EntrySha256);
