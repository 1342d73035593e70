using Kenbaarheid.Agencies;
using Kenbaarheid.Events;

namespace Kenbaarheid.Explanation;

/// <summary>
/// The remedy against this decision and its last day. The term is six weeks (Awb 6:7) unless the event says
/// otherwise; it runs from the day after the decision was sent (Awb 6:8) or, in tax matters such as WOZ, from the day
/// after the date on it (AWR 22j), and a term ending on a Saturday, Sunday or general holiday runs to the next day
/// that is none of these (Algemene termijnenwet art. 1). The last day is named only when its start is known.
/// </summary>
internal static class RemedyRule
{
    /// <summary>Awb 6:7: the term for objection and appeal.</summary>
    public const int StatutoryTermWeeks = 6;

    public static RemedyFacts Explain(Decision decision, AgencyProfile agency, GeneralHolidayCalendar calendar, List<ComplianceFlag> flags)
    {
        var remedy = decision.Remedy;
        if (remedy.Kind == RemedyKind.None)
        {
            if (decision.LegalEffect)
            {
                flags.Add(new ComplianceFlag(
                    FlagCodes.RemedyNoneWithLegalEffect,
                    FlagSeverity.Review,
                    "The decision has legal effect, yet decision.remedy says no objection or appeal lies. The notice tells the person so; check that the law excludes both here (Awb 8:4, 8:5).",
                    "/data/decision/remedy/kind"));
            }

            return new RemedyFacts(RemedyKind.None, null, null, remedy.TermStartsOn, null, null, null, null);
        }

        var weeks = remedy.TermWeeks ?? (remedy.Kind == RemedyKind.Objection ? agency.Objection.PeriodWeeks : StatutoryTermWeeks);
        var startsAfter = remedy.TermStartsOn == TermStart.Dated ? decision.Date : decision.SentOn;
        DateOnly? lastDay = null;
        if (startsAfter is { } start)
        {
            lastDay = calendar.ExtendToWorkingDay(start.AddDays(7 * weeks));
            if (lastDay is null)
            {
                flags.Add(new ComplianceFlag(
                    FlagCodes.RemedyLastDayUnknown,
                    FlagSeverity.Info,
                    $"The term ends in {start.AddDays(7 * weeks).Year}, for which the library has no general holidays (Explanation/Holidays); the notice states the term in words instead of its last day. Add that year's holidays and the royal decree's equated days.",
                    "/data/decision"));
            }
        }

        var objection = remedy.Kind == RemedyKind.Objection;
        var post = remedy.Post ?? (objection ? agency.Objection.Post ?? agency.Contact.Post : null);
        if (objection && post is null)
        {
            flags.Add(new ComplianceFlag(
                FlagCodes.ObjectionAddressMissing,
                FlagSeverity.Warning,
                "An objection is made in writing (Awb 6:5), but there is no postal address for it: not in decision.remedy.post, nor in the agency profile's objection.post or contact.post. The notice can only point to the web and to contact; add a postal address to the agency profile.",
                "/data/decision/remedy"));
        }

        return new RemedyFacts(remedy.Kind, remedy.To, weeks, remedy.TermStartsOn, startsAfter, lastDay, post, objection ? agency.Objection.Web : null);
    }
}
