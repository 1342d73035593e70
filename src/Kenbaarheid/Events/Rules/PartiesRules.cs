using Kenbaarheid.Agencies;
using Kenbaarheid.Events.Fields;
using static Kenbaarheid.Events.EventErrorCodes;

namespace Kenbaarheid.Events.Rules;

/// <summary>Who decided, for whom, and how people took part: agency, recipient, involvement and humanReview.</summary>
internal static class PartiesRules
{
    public static readonly RequiredObjectField Agency = new(AgencyMissing, AgencyWrongType);
    public static readonly RequiredStringField AgencyId = new(AgencyIdMissing, AgencyIdWrongType, AgencyIdEmpty, AgencyIdInvalid) { Rules = [AgencyUnknown] };
    public static readonly RequiredObjectField Recipient = new(RecipientMissing, RecipientWrongType);
    public static readonly RequiredTextField RecipientRef = new(100, RecipientRefMissing, RecipientRefWrongType, RecipientRefEmpty, RecipientRefTooLong, RecipientRefControlCharacter) { Rules = [RecipientRefIsBsn] };
    public static readonly StringField RecipientLanguage = new(RecipientLanguageWrongType, RecipientLanguageInvalid);
    public static readonly RequiredEnumField<Events.Involvement> Involvement = new(InvolvementMissing, InvolvementWrongType, InvolvementUnknownValue);

    /// <summary>Required unless involvement is automated, which only the reader of the whole event knows.</summary>
    public static readonly RequiredObjectField HumanReview = new(HumanReviewMissing, HumanReviewWrongType);
    public static readonly RequiredBooleanField HumanReviewPerformed = new(HumanReviewPerformedMissing, HumanReviewPerformedWrongType);
    public static readonly RequiredTextField HumanReviewRole = new(100, HumanReviewRoleMissing, HumanReviewRoleWrongType, HumanReviewRoleEmpty, HumanReviewRoleTooLong, HumanReviewRoleControlCharacter);
    public static readonly RequiredBooleanField HumanReviewCanDeviate = new(HumanReviewCanDeviateMissing, HumanReviewCanDeviateWrongType);

    /// <summary>The agency's id and, when the validator has profiles, its profile; both null when either is wrong.</summary>
    public static (Events.AgencyId? Id, AgencyProfile? Profile) ReadAgency(EventReader reader, EventNode node, AgencyDirectory? agencies)
    {
        if (reader.RequiredObject(node, Agency) is not { } agency)
        {
            return (null, null);
        }

        var idNode = agency.Child("id");
        var id = reader.RequiredString(idNode, AgencyId);
        if (id is null)
        {
            return (null, null);
        }

        if (!Events.AgencyId.TryParse(id, out var agencyId))
        {
            reader.Report(AgencyId.Invalid, idNode.Path, "data.agency.id must be an org_id: gm + 4 digits (municipality), pv + 2 (province), ws + 4 (water board), mnre + 4 (ministry), zb + 6 (independent body) or oorg + 5 (other organisation), e.g. gm0344.");
            return (null, null);
        }

        if (agencies is null)
        {
            return (agencyId, null);
        }

        if (!agencies.TryGet(id, out var profile))
        {
            reader.Report(AgencyUnknown, idNode.Path, $"There is no agency profile for {EventReader.Quote(id)}, so no notice can be made. Check the org_id, or ask the Kenbaarheid team to add the agency's profile first.");
            return (null, null);
        }

        return (agencyId, profile);
    }

    public static Events.Recipient? ReadRecipient(EventReader reader, EventNode node)
    {
        if (reader.RequiredObject(node, Recipient) is not { } recipient)
        {
            return null;
        }

        var refNode = recipient.Child("ref");
        var reference = reader.RequiredText(refNode, RecipientRef);
        if (reference is not null && BsnGuard.ContainsBsn(reference))
        {
            reader.Report(RecipientRefIsBsn, refNode.Path, "The recipient reference looks like a BSN (it holds 9 digits, or 8 with the leading zero dropped, that pass the eleven-test). Send a pseudonymous reference, never a BSN.");
            reference = null;
        }

        var languageNode = recipient.Child("language");
        var language = reader.OptionalString(languageNode, RecipientLanguage);
        if (language is not null && !EventPatterns.Language().IsMatch(language))
        {
            reader.Report(RecipientLanguage.Invalid, languageNode.Path, "data.recipient.language must be an ISO 639-1 code of two lower-case letters, e.g. nl, en or fy; leave it out to use the agency's default language.");
            return null;
        }

        return reference is null ? null : new Events.Recipient(reference, language);
    }

    public static Events.Involvement? ReadInvolvement(EventReader reader, EventNode node) => reader.RequiredEnum(node, Involvement);

    public static Events.HumanReview? ReadHumanReview(EventReader reader, EventNode node, Events.Involvement? involvement)
    {
        if (!node.Exists)
        {
            if (involvement is Events.Involvement.Supported or Events.Involvement.Prepared)
            {
                reader.Report(HumanReview.Missing, node.Path, "data.humanReview is missing; it is required unless involvement is \"automated\": give the reviewer's role (never a name), whether the review was performed and whether they could deviate.");
            }

            return null;
        }

        if (reader.OptionalObject(node, HumanReview) is not { } review)
        {
            return null;
        }

        var performed = reader.RequiredBoolean(review.Child("performed"), HumanReviewPerformed);
        var role = reader.RequiredText(review.Child("role"), HumanReviewRole);
        var canDeviate = reader.RequiredBoolean(review.Child("canDeviate"), HumanReviewCanDeviate);
        return performed is null || role is null || canDeviate is null ? null : new Events.HumanReview(performed.Value, role, canDeviate.Value);
    }
}
