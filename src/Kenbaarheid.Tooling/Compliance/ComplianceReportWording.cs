using System.Globalization;

namespace Kenbaarheid.Tooling.Compliance;

/// <summary>
/// Every sentence of the compliance report in one language: plain B1 Dutch by default, English on request. Dates are
/// written with the language's own month names, not the machine's culture, so a report is the same everywhere.
/// </summary>
public sealed record ComplianceReportWording
{
    public static readonly ComplianceReportWording Dutch = new()
    {
        Language = "nl",
        Title = "Algoritmeregister: wat moet er beter",
        Intro = "Deze pagina laat per organisatie zien wat er met haar besluiten gebeurde, en wat er ontbreekt in haar beschrijvingen in het Algoritmeregister. "
            + "Inwoners volgen de link in hun melding naar die beschrijvingen. Is een veld leeg, dan moet de melding zeggen dat het register het niet vertelt. "
            + "Vul de velden in die onder elk algoritme staan.",
        Months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        PeriodAll = "Periode: alle besluiten in de opslag.",
        PeriodFrom = "Periode: besluiten vanaf {0}.",
        PeriodUntil = "Periode: besluiten tot en met {0}.",
        PeriodBetween = "Periode: besluiten van {0} tot en met {1}.",
        PeriodRule = "Een besluit telt mee op de datum van het besluit.",
        FoundBetween = "De besluiten in dit verslag zijn van {0} tot en met {1}.",
        FoundNone = "Er zijn geen besluiten in deze periode.",
        RegisterUsed = "De meldingen in deze periode gebruiken gegevens uit het register van {0}. Zo oud is dus de nieuwste kopie van het register die ze kenden.",
        RegisterUsedSnapshot = "De meldingen in deze periode gebruiken gegevens uit het register van {0} (kopie {1}). Zo oud is dus de nieuwste kopie van het register die ze kenden.",
        RegisterUnknown = "Wanneer het register voor het laatst is opgehaald, weten we niet: geen melding in deze periode noemt een datum.",
        RegisterChecked = "Register zelf gecontroleerd: kopie {0}.",
        RegisterCheckedOn = "Register zelf gecontroleerd: kopie {0} van {1}.",
        RegisterFromFiles = "uit bestanden",
        EmptyStore = "De opslag heeft nog geen meldingen en geen afwijzingen in deze periode.",
        Organisations = "Organisaties",
        Decisions = "Besluiten",
        DecisionsSeen = "Besluiten gezien",
        NoticesIssued = "Meldingen gemaakt",
        EventsRejected = "Berichten afgewezen",
        WhyRejected = "Waarom berichten zijn afgewezen",
        NoneRejected = "Er is geen bericht afgewezen.",
        FlagsCaption = "Signalen bij meldingen en afwijzingen",
        NoFlags = "Geen signalen.",
        NameHeader = "Wat het is",
        WhatToDoHeader = "Wat te doen",
        TimesHeader = "Aantal",
        UnknownCode = "Deze code kent deze versie niet. Kijk in de melding of de afwijzing zelf.",
        AlgorithmWithoutName = "Algoritme {0}",
        Registered = "Staat in het register. ",
        NotRegistered = "Staat niet in het register.",
        RegisterPage = "Pagina in het register: ",
        DecisionsWith = "Besluiten met {0}",
        RejectionsAbout = "Afwijzingen over {0}",
        FlagsAbout = "Signalen over {0}",
        NothingToFill = "Voor dit algoritme hoeft niets te worden ingevuld.",
        WhatToFillIn = "Wat u moet invullen voor {0}",
        FieldHeader = "Veld in het register",
        WhatToWriteHeader = "Wat u schrijft",
        MeanwhileHeader = "Wat meldingen nu zeggen",
        FoundByHeader = "Gevonden door",
        ChartsHeading = "In beeld",
        ChartNumbers = "{0}: de cijfers",
        WeekHeader = "Week",
        WeekLabel = "week {1} ({0})",
        AlgorithmHeader = "Algoritme",
        ActivityTitle = "Besluiten, meldingen en afwijzingen per week",
        ActivitySummary = "Staafgrafiek per week. Samen: besluiten {0}, meldingen {1}, afwijzingen {2}. De cijfers per week staan in de tabel hieronder.",
        FlagsTitle = "Signalen per algoritme",
        FlagsSummary = "Staafgrafiek per algoritme. Samen: signalen {0}, algoritmes {1}. De cijfers staan in de tabel hieronder.",
        ReasonsTitle = "Redenen van afwijzing per week",
        ReasonsSummary = "Gestapelde staafgrafiek per week, een kleur per reden. Samen: redenen {0}, weken {1}. De cijfers staan in de tabel hieronder.",
        GapsTitle = "Velden in het register nog in te vullen, per algoritme",
        GapsSummary = "Staafgrafiek per algoritme. Samen: velden in te vullen {0}, algoritmes {1}. De cijfers staan in de tabel hieronder.",
        SeriesDecisions = "Besluiten",
        SeriesNotices = "Meldingen",
        SeriesRejections = "Afwijzingen",
        SeriesFlags = "Signalen",
        SeriesGaps = "Velden in te vullen",
        NoWeeks = "Er zijn geen besluiten in deze periode, dus ook geen grafiek per week.",
        NoFlagsPerAlgorithm = "Geen enkel algoritme kreeg een signaal.",
        NoReasons = "Er is in deze periode geen bericht afgewezen.",
        NoGaps = "Bij geen enkel algoritme ontbreekt iets in het register.",
    };

    public static readonly ComplianceReportWording English = new()
    {
        Language = "en",
        Title = "Algorithm register: what to fix",
        Intro = "This page shows, for each organisation, what happened to its decisions and what is missing from its entries in the Algoritmeregister. "
            + "Citizens follow the link in their notice to these entries. An empty field means the notice has to say that the register does not tell. "
            + "Fill in the fields listed under each algorithm.",
        Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        PeriodAll = "Period: every decision in the store.",
        PeriodFrom = "Period: decisions from {0}.",
        PeriodUntil = "Period: decisions up to and including {0}.",
        PeriodBetween = "Period: decisions from {0} up to and including {1}.",
        PeriodRule = "A decision counts on its decision date.",
        FoundBetween = "The decisions in this report date from {0} to {1}.",
        FoundNone = "There are no decisions in this period.",
        RegisterUsed = "The notices of this period used register data of {0}: that is the newest copy of the register they knew.",
        RegisterUsedSnapshot = "The notices of this period used register data of {0} (snapshot {1}): that is the newest copy of the register they knew.",
        RegisterUnknown = "When the register was last synced is not known: no notice in this period names a date.",
        RegisterChecked = "Register itself checked: snapshot {0}.",
        RegisterCheckedOn = "Register itself checked: snapshot {0} of {1}.",
        RegisterFromFiles = "from files",
        EmptyStore = "The store holds no notices and no rejections in this period.",
        Organisations = "Organisations",
        Decisions = "Decisions",
        DecisionsSeen = "Decisions seen",
        NoticesIssued = "Notices issued",
        EventsRejected = "Events rejected",
        WhyRejected = "Why events were rejected",
        NoneRejected = "No event was rejected.",
        FlagsCaption = "Flags on notices and rejections",
        NoFlags = "No flags.",
        NameHeader = "What it is",
        WhatToDoHeader = "What to do",
        TimesHeader = "Times",
        UnknownCode = "This version does not know this code. See the notice or the rejection itself.",
        AlgorithmWithoutName = "Algorithm {0}",
        Registered = "Registered. ",
        NotRegistered = "Not in the register.",
        RegisterPage = "Register page: ",
        DecisionsWith = "Decisions with {0}",
        RejectionsAbout = "Rejections about {0}",
        FlagsAbout = "Flags about {0}",
        NothingToFill = "Nothing to fill in for this algorithm.",
        WhatToFillIn = "What to fill in for {0}",
        FieldHeader = "Register field",
        WhatToWriteHeader = "What to write",
        MeanwhileHeader = "Meanwhile in notices",
        FoundByHeader = "Found by",
        ChartsHeading = "At a glance",
        ChartNumbers = "{0}: the numbers",
        WeekHeader = "Week",
        WeekLabel = "week {1} ({0})",
        AlgorithmHeader = "Algorithm",
        ActivityTitle = "Decisions, notices and rejections per week",
        ActivitySummary = "Bar chart per week. Together: decisions {0}, notices {1}, rejections {2}. The numbers per week are in the table below.",
        FlagsTitle = "Flags per algorithm",
        FlagsSummary = "Bar chart per algorithm. Together: flags {0}, algorithms {1}. The numbers are in the table below.",
        ReasonsTitle = "Rejection reasons per week",
        ReasonsSummary = "Stacked bar chart per week, one colour per reason. Together: reasons {0}, weeks {1}. The numbers are in the table below.",
        GapsTitle = "Register fields still to fill in, per algorithm",
        GapsSummary = "Bar chart per algorithm. Together: fields to fill in {0}, algorithms {1}. The numbers are in the table below.",
        SeriesDecisions = "Decisions",
        SeriesNotices = "Notices",
        SeriesRejections = "Rejections",
        SeriesFlags = "Flags",
        SeriesGaps = "Fields to fill in",
        NoWeeks = "There are no decisions in this period, so there is no chart per week.",
        NoFlagsPerAlgorithm = "No algorithm was flagged.",
        NoReasons = "No event was rejected in this period.",
        NoGaps = "No algorithm lacks anything in the register.",
    };

    public required string Language { get; init; }

    public required string Title { get; init; }

    public required string Intro { get; init; }

    public required IReadOnlyList<string> Months { get; init; }

    public required string PeriodAll { get; init; }

    public required string PeriodFrom { get; init; }

    public required string PeriodUntil { get; init; }

    public required string PeriodBetween { get; init; }

    public required string PeriodRule { get; init; }

    public required string FoundBetween { get; init; }

    public required string FoundNone { get; init; }

    public required string RegisterUsed { get; init; }

    public required string RegisterUsedSnapshot { get; init; }

    public required string RegisterUnknown { get; init; }

    public required string RegisterChecked { get; init; }

    public required string RegisterCheckedOn { get; init; }

    public required string RegisterFromFiles { get; init; }

    public required string EmptyStore { get; init; }

    public required string Organisations { get; init; }

    public required string Decisions { get; init; }

    public required string DecisionsSeen { get; init; }

    public required string NoticesIssued { get; init; }

    public required string EventsRejected { get; init; }

    public required string WhyRejected { get; init; }

    public required string NoneRejected { get; init; }

    public required string FlagsCaption { get; init; }

    public required string NoFlags { get; init; }

    public required string NameHeader { get; init; }

    public required string WhatToDoHeader { get; init; }

    public required string TimesHeader { get; init; }

    public required string UnknownCode { get; init; }

    public required string AlgorithmWithoutName { get; init; }

    public required string Registered { get; init; }

    public required string NotRegistered { get; init; }

    public required string RegisterPage { get; init; }

    public required string DecisionsWith { get; init; }

    public required string RejectionsAbout { get; init; }

    public required string FlagsAbout { get; init; }

    public required string NothingToFill { get; init; }

    public required string WhatToFillIn { get; init; }

    public required string FieldHeader { get; init; }

    public required string WhatToWriteHeader { get; init; }

    public required string MeanwhileHeader { get; init; }

    public required string FoundByHeader { get; init; }

    public required string ChartsHeading { get; init; }

    public required string ChartNumbers { get; init; }

    public required string WeekHeader { get; init; }

    public required string WeekLabel { get; init; }

    public required string AlgorithmHeader { get; init; }

    public required string ActivityTitle { get; init; }

    public required string ActivitySummary { get; init; }

    public required string FlagsTitle { get; init; }

    public required string FlagsSummary { get; init; }

    public required string ReasonsTitle { get; init; }

    public required string ReasonsSummary { get; init; }

    public required string GapsTitle { get; init; }

    public required string GapsSummary { get; init; }

    public required string SeriesDecisions { get; init; }

    public required string SeriesNotices { get; init; }

    public required string SeriesRejections { get; init; }

    public required string SeriesFlags { get; init; }

    public required string SeriesGaps { get; init; }

    public required string NoWeeks { get; init; }

    public required string NoFlagsPerAlgorithm { get; init; }

    public required string NoReasons { get; init; }

    public required string NoGaps { get; init; }

    public static ComplianceReportWording For(ReportLanguage language) => language == ReportLanguage.English ? English : Dutch;

    /// <summary>A date as people write it, "30 september 2025" or "30 September 2025".</summary>
    public string Date(DateOnly date) => $"{date.Day.ToString(CultureInfo.InvariantCulture)} {Months[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A sentence of this wording with its numbers or names filled in.</summary>
    public static string Fill(string sentence, params object[] values) => string.Format(CultureInfo.InvariantCulture, sentence, values);
}
