using Kenbaarheid.Explanation;
using Kenbaarheid.Registry;

namespace Kenbaarheid.Tooling.Compliance;

/// <summary>
/// Which fields of one register entry a notice would miss, judged on the entry alone (no decision event): goal, human
/// intervention, data sources, legal basis, a status other than "In gebruik", a missing category, and impact
/// assessments for a high-risk AI system. The notice's own check (<see cref="NoticeExplainer"/>) also weighs the event,
/// so it may ask for less (a legal basis the event gives) or more (a category that does not fit the use).
/// </summary>
public static class RegisterEntryAssessor
{
    public static IReadOnlyList<RegisterField> Gaps(RegisterRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        // Judged without an event, so the register's own legal basis is always needed.
        var gaps = RegisterGaps.NoticeNeeds(record, eventGivesLegalBasis: false);
        if (record.PublicationCategory == Registry.PublicationCategory.HighRiskAi && !record.HasImpactAssessment)
        {
            gaps.Add(RegisterField.ImpactAssessment);
        }

        if (record.Status != RegisterStatus.InUse)
        {
            gaps.Add(RegisterField.Status);
        }

        if (record.PublicationCategoryText is null)
        {
            gaps.Add(RegisterField.PublicationCategory);
        }

        return gaps;
    }
}
