using Kenbaarheid.Events;
using Kenbaarheid.Explanation;

namespace Kenbaarheid.Tooling.Compliance;

/// <summary>
/// The catalogue of register fields a notice relies on: how to fill each in, and what the notice says (quoted from the
/// Dutch templates) or leaves out while the field is empty. One place, so the report and its tests agree.
/// </summary>
public static class RegisterFieldGuide
{
    /// <summary>For an algorithm that has no register entry at all.</summary>
    public static readonly RegisterFieldGuidance NewEntry = new(
        "name, description_short, organization, status, contact_email, category",
        "A register entry",
        "Publish an entry for this algorithm in the Algoritmeregister, with at least its name, a short description, the organisation, its status, a contact address and a category. Then use its Algoritme-ID (lars) in the decision events.",
        "Notices say: “LET OP: Dit algoritme staat nog niet in het Algoritmeregister. Wij kunnen hier dus niet laten zien wat het register erover zegt.”");

    private static readonly Dictionary<RegisterField, RegisterFieldGuidance> Guidance = new()
    {
        [RegisterField.Goal] = new(
            "goal",
            "Goal",
            "Say in one or two plain sentences what the algorithm is for: which decisions it helps with, and why the organisation uses it.",
            "Notices say: “Het register zegt niet waarvoor dit algoritme is.”"),
        [RegisterField.HumanIntervention] = new(
            "human_intervention",
            "Human intervention",
            "Describe who looks at the algorithm's outcome before a decision is taken, and whether that person can decide differently.",
            "Notices describe the person's role from the decision itself; a reader who follows the register link finds nothing about human checks."),
        [RegisterField.SourceData] = new(
            "source_data",
            "Data sources",
            "List the data the algorithm uses and where each item comes from, for example “Income from the Basisregistratie Inkomen”. Add links in source_data_grouping.",
            "Notices list the data of the one decision; the register page, which they link to, names no data sources."),
        [RegisterField.LawfulBasis] = new(
            "lawful_basis",
            "Legal basis",
            "Name the law and article that allow this use, for example “Wet op de huurtoeslag, artikel 7”, with a link in lawful_basis_grouping.",
            "Notices name a legal basis only when the decision event gives one; otherwise they say nothing about the law."),
        [RegisterField.ImpactAssessment] = new(
            "impacttoetsen_grouping",
            "Impact assessments",
            "Record each impact assessment done (DPIA, IAMA, FRAIA) in impacttoetsen_grouping with a link to it, and explain the outcome in impacttoetsen. A high-risk AI system needs at least one.",
            "Notices do not show assessments; the register page shows none for a system the register calls high-risk."),
        [RegisterField.Status] = new(
            "status",
            "Status",
            $"Set the status to “{EnumWireNames.NameOf(Registry.RegisterStatus.InUse)}” while the algorithm is used in decisions, or correct the decision events if it is no longer used.",
            "Notices warn that register and decision disagree, for example: “Volgens het register wordt dit algoritme niet meer gebruikt. Toch is het gebruikt bij uw besluit.”"),
        [RegisterField.PublicationCategory] = new(
            "publication_category",
            "Publication category",
            $"Choose the category that fits how the algorithm is used: “{EnumWireNames.NameOf(Registry.PublicationCategory.Impactful)}” when it affects legal effects (benefits, fines) or classifies or selects people; “{EnumWireNames.NameOf(Registry.PublicationCategory.HighRiskAi)}” for a high-risk AI system.",
            "Notices repeat the register's category, for example: “Het register zet dit algoritme in de groep ‘overige algoritmes’. Volgens het register heeft het weinig gevolgen voor mensen.”"),
    };

    /// <summary>The same guidance in Dutch, for the Dutch report; the register field names stay as the register spells them.</summary>
    private static readonly RegisterFieldGuidance DutchNewEntry = new(
        NewEntry.Field,
        "Een beschrijving in het register",
        "Zet dit algoritme in het Algoritmeregister, met ten minste de naam, een korte beschrijving, de organisatie, de status, een e-mailadres en een groep. Gebruik daarna het Algoritme-ID (lars) in de berichten over besluiten.",
        NewEntry.NoticeMeanwhile.Replace("Notices say:", "Meldingen zeggen:", StringComparison.Ordinal));

    private static readonly Dictionary<RegisterField, RegisterFieldGuidance> DutchGuidance = new()
    {
        [RegisterField.Goal] = new(
            "goal",
            "Doel",
            "Zeg in een of twee korte zinnen waarvoor het algoritme is: bij welke besluiten het helpt, en waarom de organisatie het gebruikt.",
            "Meldingen zeggen: “Het register zegt niet waarvoor dit algoritme is.”"),
        [RegisterField.HumanIntervention] = new(
            "human_intervention",
            "Menselijke tussenkomst",
            "Schrijf op wie naar de uitkomst van het algoritme kijkt voordat er besloten wordt, en of die persoon anders mag beslissen.",
            "Meldingen beschrijven de rol van de medewerker uit het besluit zelf. Wie de link naar het register volgt, leest niets over controle door mensen."),
        [RegisterField.SourceData] = new(
            "source_data",
            "Gegevens en bronnen",
            "Noem de gegevens die het algoritme gebruikt en waar elk gegeven vandaan komt, bijvoorbeeld “Inkomen uit de Basisregistratie Inkomen”. Zet links in source_data_grouping.",
            "Meldingen noemen de gegevens van dit ene besluit. De pagina in het register, waar ze naar verwijzen, noemt geen bronnen."),
        [RegisterField.LawfulBasis] = new(
            "lawful_basis",
            "Wettelijke grondslag",
            "Noem de wet en het artikel die dit gebruik toestaan, bijvoorbeeld “Wet op de huurtoeslag, artikel 7”, met een link in lawful_basis_grouping.",
            "Meldingen noemen alleen een wet als het bericht over het besluit er een geeft. Anders zeggen ze niets over de wet."),
        [RegisterField.ImpactAssessment] = new(
            "impacttoetsen_grouping",
            "Impacttoetsen",
            "Zet elke impacttoets (DPIA, IAMA, FRAIA) met een link in impacttoetsen_grouping, en leg de uitkomst uit in impacttoetsen. Een hoog-risico AI-systeem heeft er minstens één nodig.",
            "Meldingen tonen geen toetsen. De pagina in het register toont er geen, terwijl het register het systeem hoog-risico noemt."),
        [RegisterField.Status] = new(
            "status",
            "Status",
            $"Zet de status op “{EnumWireNames.NameOf(Registry.RegisterStatus.InUse)}” zolang het algoritme bij besluiten wordt gebruikt. Of verbeter de berichten als het niet meer wordt gebruikt.",
            "Meldingen waarschuwen dat register en besluit elkaar tegenspreken, bijvoorbeeld: “Volgens het register wordt dit algoritme niet meer gebruikt. Toch is het gebruikt bij uw besluit.”"),
        [RegisterField.PublicationCategory] = new(
            "publication_category",
            "Groep (publicatiecategorie)",
            $"Kies de groep die past bij hoe het algoritme wordt gebruikt: “{EnumWireNames.NameOf(Registry.PublicationCategory.Impactful)}” als het rechtsgevolgen heeft (toeslagen, boetes) of mensen indeelt of selecteert; “{EnumWireNames.NameOf(Registry.PublicationCategory.HighRiskAi)}” voor een hoog-risico AI-systeem.",
            "Meldingen herhalen de groep uit het register, bijvoorbeeld: “Het register zet dit algoritme in de groep ‘overige algoritmes’. Volgens het register heeft het weinig gevolgen voor mensen.”"),
    };

    public static RegisterFieldGuidance For(RegisterField field) => Guidance[field];

    /// <summary>
    /// The guidance for a register field named as the register names it (<see cref="RegisterGap.Field"/>), in
    /// <paramref name="language"/>; null for a field this version does not know.
    /// </summary>
    public static RegisterFieldGuidance? ForRegisterName(string field, ReportLanguage language)
    {
        var (newEntry, guidance) = language == ReportLanguage.English ? (NewEntry, Guidance) : (DutchNewEntry, DutchGuidance);
        return field == newEntry.Field ? newEntry : guidance.Values.FirstOrDefault(g => g.Field == field);
    }

    /// <summary>The register field a flag asks the agency to fix, or null for a flag about the decision rather than the register.</summary>
    public static RegisterField? FieldOf(string flagCode) => flagCode switch
    {
        FlagCodes.RegisterStatusNotInUse => RegisterField.Status,
        FlagCodes.HighRiskWithoutImpactAssessment => RegisterField.ImpactAssessment,
        FlagCodes.ClassificationMismatch => RegisterField.PublicationCategory,
        _ => null,
    };
}
