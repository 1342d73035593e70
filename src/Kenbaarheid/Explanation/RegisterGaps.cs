using Kenbaarheid.Registry;

namespace Kenbaarheid.Explanation;

/// <summary>
/// The register fields a notice relies on that an entry leaves empty: its goal, human intervention, data sources and
/// legal basis. The register's legal basis only counts when the decision event names none of its own.
/// </summary>
internal static class RegisterGaps
{
    public static List<RegisterField> NoticeNeeds(RegisterRecord record, bool eventGivesLegalBasis)
    {
        ArgumentNullException.ThrowIfNull(record);
        var gaps = new List<RegisterField>();
        if (record.Goal is null)
        {
            gaps.Add(RegisterField.Goal);
        }

        if (record.HumanIntervention is null)
        {
            gaps.Add(RegisterField.HumanIntervention);
        }

        if (!record.HasSourceData)
        {
            gaps.Add(RegisterField.SourceData);
        }

        if (!record.HasLawfulBasis && !eventGivesLegalBasis)
        {
            gaps.Add(RegisterField.LawfulBasis);
        }

        return gaps;
    }
}
