using Kenbaarheid.Agencies;
using Kenbaarheid.Events;
using Kenbaarheid.Registry;

namespace Kenbaarheid.Explanation;

/// <summary>
/// What a register entry lets the notice say: the register's own words, repaired when mis-decoded and withheld when
/// garbled beyond repair; the owning organisation when it is not the agency; and the flags for gaps, status,
/// impact assessment, publication category and garbled text.
/// </summary>
internal static class RegisterEntryRule
{
    public static RegisterFacts Explain(DecisionEvent decisionEvent, AgencyProfile agency, bool decidedByPerson, RegisterRecord record, AlgorithmUse use, string path, List<ComplianceFlag> flags)
    {
        var lars = record.Lars;
        var text = new Cleaner();
        var name = text.String(record.Name, "name");
        var organization = text.String(record.Organization, "organization");
        var status = text.String(record.StatusText, "status");
        var category = text.String(record.PublicationCategoryText, "publication_category");
        var facts = new RegisterFacts(
            name,
            text.String(record.DescriptionShort, "description_short"),
            organization,
            OtherOrganisation: record.OrgId is { } orgId ? orgId.Value != agency.Id : record.Organization is { } owner && owner != agency.Name,
            record.PublicUrl,
            category,
            status,
            record.Status == RegisterStatus.InUse,
            text.Paragraphs(record.Goal, "goal"),
            text.Paragraphs(record.HumanIntervention, "human_intervention"),
            text.Paragraphs(record.SourceData, "source_data"),
            text.Links(record.SourceDataLinks, "source_data_grouping"),
            text.Paragraphs(record.LawfulBasis, "lawful_basis"),
            text.Links(record.LawfulBasisLinks, "lawful_basis_grouping"),
            text.Links(record.ImpactAssessments, "impacttoetsen_grouping"),
            text.Paragraphs(record.MethodsAndModels, "methods_and_models"),
            text.String(record.Provider, "provider"),
            RegisterGaps.NoticeNeeds(record, eventGivesLegalBasis: decisionEvent.Decision.LegalBasis.Count > 0),
            text.Withheld,
            record.EntrySha256);

        if (facts.Gaps.Count > 0)
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.RegisterEntryIncomplete,
                FlagSeverity.Warning,
                $"The register entry of algorithm {lars} leaves empty what the notice needs: {string.Join(", ", facts.Gaps.Select(EnumWireNames.NameOf))}. The notice tells the citizen the register does not say this; fill in these fields.",
                path + "/lars"));
        }

        if (!facts.InUse)
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.RegisterStatusNotInUse,
                FlagSeverity.Warning,
                record.StatusText is null
                    ? $"The register entry of algorithm {lars} has no status, yet the algorithm was used in this decision. Set the status to \"{EnumWireNames.NameOf(RegisterStatus.InUse)}\"."
                    : $"The register entry of algorithm {lars} has status \"{status ?? "(garbled)"}\", yet the algorithm was used in this decision. Correct the status or the event.",
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

        if (record.PublicationCategory == PublicationCategory.Other && IsImpactful(decisionEvent, use, decidedByPerson))
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.ClassificationMismatch,
                FlagSeverity.Warning,
                $"Algorithm {lars} is registered as \"{EnumWireNames.NameOf(PublicationCategory.Other)}\", but here it {ImpactReason(use, decidedByPerson)}. Such algorithms belong in \"{EnumWireNames.NameOf(PublicationCategory.Impactful)}\" or higher.",
                path + "/lars"));
        }

        if (facts.OtherOrganisation)
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.AlgorithmOfOtherOrganisation,
                FlagSeverity.Info,
                $"The register entry of algorithm {lars} belongs to {(record.OrgId is null ? "another organisation" : $"organisation {record.OrgId}")}, not to {agency.Id}. The notice names the owning organisation.",
                path + "/lars"));
        }

        if (text.Garbled.Count > 0)
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.RegisterTextGarbled,
                FlagSeverity.Warning,
                $"The register entry of algorithm {lars} holds mis-decoded text (U+FFFD, control characters or mojibake) in: {string.Join(", ", text.Garbled)}. {(text.Withheld ? "Text that could not be repaired is left out of the notice, which says so" : "The notice shows it repaired")}; correct the text in the register.",
                path + "/lars"));
        }

        return facts;
    }

    /// <summary>
    /// Category B of the register covers algorithms that influence legal effects or classify people. Using one
    /// that way while it is registered as "other" is a classification mismatch.
    /// </summary>
    private static bool IsImpactful(DecisionEvent decisionEvent, AlgorithmUse use, bool decidedByPerson) =>
        ClassificationRule.Classifies(use.Role)
        || (decisionEvent.Decision.LegalEffect && (use.Weight == ContributionWeight.Decisive || !decidedByPerson));

    private static string ImpactReason(AlgorithmUse use, bool decidedByPerson) =>
        ClassificationRule.Classifies(use.Role)
            ? "classifies, selects, ranks or matches people"
            : !decidedByPerson
                ? "takes a decision with legal effect that no person weighed"
                : "determines the outcome of a decision with legal effect";

    /// <summary>Cleans the texts of one entry and remembers which fields were garbled and whether any text was withheld.</summary>
    private sealed class Cleaner
    {
        public List<string> Garbled { get; } = [];

        public bool Withheld { get; private set; }

        public string? String(string? text, string field)
        {
            if (text is null)
            {
                return null;
            }

            var (clean, garbled) = GarbledText.Clean(text);
            Note(field, garbled, clean is null);
            return clean;
        }

        public RegisterText? Paragraphs(RegisterText? text, string field)
        {
            if (text is null)
            {
                return null;
            }

            var cleaned = text.Paragraphs.Select(GarbledText.Clean).ToList();
            if (!cleaned.Any(c => c.Garbled))
            {
                return text;
            }

            var lost = cleaned.Any(c => c.Text is null);
            Note(field, garbled: true, lost);
            return new RegisterText(cleaned.Select(c => c.Text).OfType<string>().ToList()) { Damaged = lost };
        }

        public List<RegisterLink> Links(IReadOnlyList<RegisterLink> links, string field) =>
            links.Select(link => String(link.Title, field) is { } title ? link with { Title = title } : null).OfType<RegisterLink>().ToList();

        private void Note(string field, bool garbled, bool lost)
        {
            if (garbled && !Garbled.Contains(field))
            {
                Garbled.Add(field);
            }

            Withheld |= lost;
        }
    }
}
