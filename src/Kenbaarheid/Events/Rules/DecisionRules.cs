using System.Globalization;
using Kenbaarheid.Events.Fields;
using static Kenbaarheid.Events.EventErrorCodes;

namespace Kenbaarheid.Events.Rules;

/// <summary>The decision: its id, revision, dates, texts, legal basis and how to contest it (remedy).</summary>
internal static class DecisionRules
{
    public static readonly RequiredObjectField Decision = new(DecisionMissing, DecisionWrongType);
    public static readonly RequiredStringField Id = new(DecisionIdMissing, DecisionIdWrongType, DecisionIdEmpty, DecisionIdInvalid) { Rules = [DecisionIdTooLong] };
    public static readonly NumberField Revision = new(DecisionRevisionWrongType, DecisionRevisionInvalid);
    public static readonly RequiredStringField Date = new(DecisionDateMissing, DecisionDateWrongType, DecisionDateEmpty, DecisionDateInvalid);
    public static readonly RequiredTextField Type = new(200, DecisionTypeMissing, DecisionTypeWrongType, DecisionTypeEmpty, DecisionTypeTooLong, DecisionTypeControlCharacter);
    public static readonly RequiredTextField Purpose = new(1000, DecisionPurposeMissing, DecisionPurposeWrongType, DecisionPurposeEmpty, DecisionPurposeTooLong, DecisionPurposeControlCharacter);
    public static readonly RequiredTextField Outcome = new(1000, DecisionOutcomeMissing, DecisionOutcomeWrongType, DecisionOutcomeEmpty, DecisionOutcomeTooLong, DecisionOutcomeControlCharacter);
    public static readonly ListField LegalBasis = new(DecisionLegalBasisWrongType) { Strict = new(StrictLegalBasisMissing, "at least one legal basis in data.decision.legalBasis") };
    public static readonly ObjectField LegalBasisItem = new(LegalBasisWrongType);
    public static readonly RequiredTextField LegalBasisTitle = new(200, LegalBasisTitleMissing, LegalBasisTitleWrongType, LegalBasisTitleEmpty, LegalBasisTitleTooLong, LegalBasisTitleControlCharacter);
    public static readonly StringField LegalBasisLink = new(LegalBasisLinkWrongType, LegalBasisLinkInvalid);
    public static readonly TextField MotivationRef = new(300, DecisionMotivationRefWrongType, DecisionMotivationRefTooLong, DecisionMotivationRefControlCharacter);
    public static readonly TextField LetterRef = new(100, DecisionLetterRefWrongType, DecisionLetterRefTooLong, DecisionLetterRefControlCharacter);
    public static readonly BooleanField LegalEffect = new(DecisionLegalEffectWrongType);
    public static readonly EnumField<Discretion> Discretion = new(DecisionDiscretionWrongType, DecisionDiscretionUnknownValue);
    public static readonly StringField SentOn = new(DecisionSentOnWrongType, DecisionSentOnInvalid);

    public static readonly ObjectField Remedy = new(DecisionRemedyWrongType);
    public static readonly RequiredEnumField<RemedyKind> RemedyKind = new(RemedyKindMissing, RemedyKindWrongType, RemedyKindUnknownValue) { Rules = [RemedyWithoutLegalEffect] };
    public static readonly RequiredTextField RemedyTo = new(200, RemedyToMissing, RemedyToWrongType, RemedyToEmpty, RemedyToTooLong, RemedyToControlCharacter);
    public static readonly NumberField RemedyTermWeeks = new(RemedyTermWeeksWrongType, RemedyTermWeeksInvalid);
    public static readonly EnumField<TermStart> RemedyTermStartsOn = new(RemedyTermStartsOnWrongType, RemedyTermStartsOnUnknownValue);
    public static readonly TextField RemedyPost = new(200, RemedyPostWrongType, RemedyPostTooLong, RemedyPostControlCharacter);

    public static Events.Decision? ReadDecision(EventReader reader, EventNode node, string? strictAgency)
    {
        if (reader.RequiredObject(node, Decision) is not { } decision)
        {
            return null;
        }

        var id = ReadDecisionId(reader, decision.Child("id"));
        var revision = ReadRevision(reader, decision.Child("revision"));
        var date = ReadDate(reader, decision.Child("date"));
        var type = reader.RequiredText(decision.Child("type"), Type);
        var purpose = reader.RequiredText(decision.Child("purpose"), Purpose);
        var outcome = reader.RequiredText(decision.Child("outcome"), Outcome);
        var legalBasis = ReadLegalBasis(reader, decision.Child("legalBasis"), strictAgency);
        var motivationRef = reader.OptionalText(decision.Child("motivationRef"), MotivationRef);
        var letterRef = reader.OptionalText(decision.Child("letterRef"), LetterRef);
        var legalEffect = reader.OptionalBoolean(decision.Child("legalEffect"), LegalEffect, defaultValue: true);
        var discretion = reader.OptionalEnum(decision.Child("discretion"), Discretion, Events.Discretion.Bound);
        var sentOn = ReadSentOn(reader, decision.Child("sentOn"), date);
        var remedy = ReadRemedy(reader, decision.Child("remedy"), legalEffect);

        return id is null || revision is null || date is null || type is null || purpose is null || outcome is null || legalBasis is null || remedy is null
            ? null
            : new Events.Decision(id.Value, revision.Value, date.Value, type, purpose, outcome, legalBasis, motivationRef, letterRef, legalEffect, discretion, sentOn, remedy);
    }

    private static DecisionId? ReadDecisionId(EventReader reader, EventNode node)
    {
        var id = reader.RequiredString(node, Id);
        if (id is null)
        {
            return null;
        }

        var length = EventReader.CountCharacters(id);
        if (length > 100)
        {
            reader.Report(DecisionIdTooLong, node.Path, $"data.decision.id is {length} characters long; the limit is 100.");
            return null;
        }

        if (!DecisionId.TryParse(id, out var decisionId))
        {
            reader.Report(Id.Invalid, node.Path, "data.decision.id may hold only A-Z, a-z, 0-9, '.', '_' and '-', and must not start with '.': it becomes a storage path segment.");
            return null;
        }

        return decisionId;
    }

    private static int? ReadRevision(EventReader reader, EventNode node)
    {
        switch (reader.IsNumber(node, Revision))
        {
            case null:
                return 1;
            case false:
                return null;
        }

        if (!RevisionNumber.TryRead(node.Element, out var revision) || revision < 1)
        {
            reader.Report(Revision.Invalid, node.Path, $"data.decision.revision must be a whole number from 1 to {int.MaxValue}; a corrected decision gets the next revision.");
            return null;
        }

        return revision;
    }

    private static DateOnly? ReadDate(EventReader reader, EventNode node) =>
        ParseDate(reader, node, reader.RequiredString(node, Date), Date, "data.decision.date must be an ISO date (yyyy-MM-dd) that exists on the calendar, e.g. 2026-11-20.");

    /// <summary>
    /// The day the decision was sent. It cannot precede the date on the decision: the term to object would then be
    /// counted from a day the decision did not yet exist. An invalid sentOn is reported, not silently dropped.
    /// </summary>
    private static DateOnly? ReadSentOn(EventReader reader, EventNode node, DateOnly? decisionDate)
    {
        var text = reader.OptionalString(node, SentOn);
        var sentOn = ParseDate(reader, node, text, SentOn, "data.decision.sentOn must be an ISO date (yyyy-MM-dd) that exists on the calendar, e.g. 2026-11-19: the day the decision was sent. Leave it out when it is not known.");
        if (sentOn is { } sent && decisionDate is { } dated && sent < dated)
        {
            reader.Report(SentOn.Invalid, node.Path, $"data.decision.sentOn is {text}, before the date on the decision ({dated:yyyy-MM-dd}); a decision cannot be sent before it is made. Correct one of the two.");
            return null;
        }

        return sentOn;
    }

    /// <summary>An ISO calendar date that exists; a text that is none is reported as the field's invalid value.</summary>
    private static DateOnly? ParseDate(EventReader reader, EventNode node, string? text, StringField field, string message)
    {
        if (text is null)
        {
            return null;
        }

        if (!EventPatterns.Date().IsMatch(text) || !DateOnly.TryParseExact(text, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            reader.Report(field.Invalid, node.Path, message);
            return null;
        }

        return date;
    }

    /// <summary>
    /// How to contest the decision. Without a remedy the contract's default holds: an objection when the decision
    /// has legal effect, else none. Objection and appeal lie only against a decision with legal effect (Awb 1:3, 8:1).
    /// </summary>
    private static Events.Remedy? ReadRemedy(EventReader reader, EventNode node, bool legalEffect)
    {
        if (!node.Exists)
        {
            return new Events.Remedy(legalEffect ? Events.RemedyKind.Objection : Events.RemedyKind.None, null, null, TermStart.Sent, null);
        }

        if (reader.OptionalObject(node, Remedy) is not { } remedy)
        {
            return null;
        }

        var kindNode = remedy.Child("kind");
        var kind = reader.RequiredEnum(kindNode, RemedyKind);
        var to = kind == Events.RemedyKind.Appeal
            ? reader.RequiredText(remedy.Child("to"), RemedyTo)
            : reader.OptionalText(remedy.Child("to"), RemedyTo);
        var termWeeks = ReadTermWeeks(reader, remedy.Child("termWeeks"));
        var termStartsOn = reader.OptionalEnum(remedy.Child("termStartsOn"), RemedyTermStartsOn, TermStart.Sent);
        var post = reader.OptionalText(remedy.Child("post"), RemedyPost);

        if (kind is Events.RemedyKind.Objection or Events.RemedyKind.Appeal && !legalEffect)
        {
            reader.Report(RemedyWithoutLegalEffect, kindNode.Path, $"data.decision.remedy.kind is \"{EnumWireNames.NameOf(kind.Value)}\", but data.decision.legalEffect is false: objection and appeal lie only against a decision with legal effect (Awb 1:3, 8:1). Use \"none\", or set legalEffect to true.");
            return null;
        }

        return kind is null || (kind == Events.RemedyKind.Appeal && to is null) || termWeeks == 0
            ? null
            : new Events.Remedy(kind.Value, to, termWeeks, termStartsOn, post);
    }

    /// <summary>The term in whole weeks, 1 to 52; null when absent, 0 when it broke a rule (already reported).</summary>
    private static int? ReadTermWeeks(EventReader reader, EventNode node)
    {
        switch (reader.IsNumber(node, RemedyTermWeeks))
        {
            case null:
                return null;
            case false:
                return 0;
        }

        if (!node.Element.TryGetInt32(out var weeks) || weeks is < 1 or > 52)
        {
            reader.Report(RemedyTermWeeks.Invalid, node.Path, "data.decision.remedy.termWeeks must be a whole number of weeks from 1 to 52, e.g. 6 (Awb 6:7); leave it out for the default.");
            return 0;
        }

        return weeks;
    }

    private static List<LegalBasisReference>? ReadLegalBasis(EventReader reader, EventNode node, string? strictAgency)
    {
        var items = reader.OptionalArray(node, LegalBasis, strictAgency);
        if (items is null)
        {
            return null;
        }

        var references = new List<LegalBasisReference>(items.Count);
        foreach (var item in items)
        {
            if (reader.OptionalObject(item, LegalBasisItem) is not { } basis)
            {
                continue;
            }

            var title = reader.RequiredText(basis.Child("title"), LegalBasisTitle);
            var linkNode = basis.Child("link");
            var link = reader.OptionalString(linkNode, LegalBasisLink);
            if (link is not null && !IsHttpsUrl(link))
            {
                reader.Report(LegalBasisLink.Invalid, linkNode.Path, $"{EventReader.Describe(linkNode.Path)} must be an absolute https URL, e.g. https://wetten.overheid.nl/BWBR0008659; leave it out when there is none.");
                continue;
            }

            if (title is not null)
            {
                references.Add(new LegalBasisReference(title, link));
            }
        }

        return references;
    }

    private static bool IsHttpsUrl(string text) =>
        !text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.Host.Length > 0;
}
