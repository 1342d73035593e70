using System.Globalization;
using System.Text.Json;
using Kenbaarheid.Agencies;
using Kenbaarheid.Pipeline;

namespace Kenbaarheid.Events;

/// <summary>
/// The Events stage: checks a CloudEvents decision event against the contract (shared/contract/EVENTS.md) and
/// maps it to a <see cref="DecisionEvent"/>. Bad input is data: every problem is reported at once, in document
/// order, and no byte sequence makes it throw. Messages never repeat free text, data values or the recipient
/// reference, so a rejection record carries no personal data.
/// </summary>
/// <remarks>
/// Built with agency profiles, it checks everything the pipeline checks before the register. Built with
/// <see cref="WithoutAgencyProfiles"/> (for an agency developer who has no profile at hand), it checks the contract
/// alone and skips the rules that need a profile: <c>AGENCY_UNKNOWN</c> and the regime's (<c>STRICT_*</c>).
/// </remarks>
public sealed class EventValidator
{
    private const string SupportedSpecVersion = "1.0";
    private const string SupportedType = "nl.kenbaarheid.decision.v1";
    private const string SupportedContentType = "application/json";

    private const int MaxAlgorithms = 10;
    private const int MaxParameters = 30;
    private const int MaxOperations = 30;
    private const int MaxDataItems = 50;

    private readonly AgencyDirectory? _agencies;

    public EventValidator(AgencyDirectory agencies)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        _agencies = agencies;
    }

    private EventValidator()
    {
    }

    /// <summary>A validator for the contract alone: any well-formed org_id is accepted, and no regime applies.</summary>
    public static EventValidator WithoutAgencyProfiles() => new();

    public EventValidationResult Validate(ReadOnlyMemory<byte> eventBytes)
    {
        using var document = EventDocumentParser.Parse(eventBytes, out var parseProblems);
        if (document is null)
        {
            return new EventValidationResult(null, parseProblems, EventIdentity.Unknown);
        }

        var root = document.RootElement;
        var identity = EventIdentity.Read(root);
        if (parseProblems.Count > 0)
        {
            return new EventValidationResult(null, parseProblems, identity);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            Problem notObject = new(EventErrorCodes.EventNotObject, "", "The event must be a JSON object (a structured-mode CloudEvent), not a list or a single value.");
            return new EventValidationResult(null, [notObject], identity);
        }

        var reader = new EventReader();
        var decisionEvent = Read(reader, EventNode.Root(root));
        return reader.HasProblems
            ? new EventValidationResult(null, ProblemOrder.InDocumentOrder(reader.Problems, root), identity)
            : new EventValidationResult(decisionEvent ?? throw new InvalidOperationException("An event without problems did not map to a DecisionEvent; a field rule returned null without reporting."), [], identity);
    }

    private DecisionEvent? Read(EventReader reader, EventNode root)
    {
        reader.ExactValue(root.Child("specversion"), "SPECVERSION", SupportedSpecVersion, required: true);
        var id = reader.RequiredText(root.Child("id"), "EVENT_ID", 200);
        var source = ReadSource(reader, root.Child("source"));
        reader.ExactValue(root.Child("type"), "TYPE", SupportedType, required: true);
        var time = ReadTime(reader, root.Child("time"));
        var subject = reader.OptionalString(root.Child("subject"), "SUBJECT");
        reader.ExactValue(root.Child("datacontenttype"), "DATACONTENTTYPE", SupportedContentType, required: false);

        if (reader.RequiredObject(root.Child("data"), "EVENT_DATA") is not { } data)
        {
            return null;
        }

        // The agency comes first because its regime decides which fields are required.
        var (agencyId, profile) = ReadAgency(reader, data.Child("agency"));
        var strictAgency = profile is { Regime: Regime.FrStrict } ? profile.Id : null;

        var decision = ReadDecision(reader, data.Child("decision"), strictAgency);
        CheckSubject(reader, root.Child("subject"), subject, data.Child("decision").Child("id"));
        var recipient = ReadRecipient(reader, data.Child("recipient"));
        var involvement = reader.RequiredEnum<Involvement>(data.Child("involvement"), "INVOLVEMENT");
        var humanReview = ReadHumanReview(reader, data.Child("humanReview"), involvement);
        var (algorithms, larsSent) = ReadAlgorithms(reader, data.Child("algorithms"), strictAgency);
        var dataItems = ReadDataItems(reader, data.Child("data"));
        var riskNode = data.Child("riskClassification");
        var riskClassification = ReadRiskClassification(reader, riskNode, larsSent);
        var profiling = reader.OptionalBoolean(data.Child("profiling"), "PROFILING", defaultValue: false);
        var generatedText = reader.OptionalBoolean(data.Child("generatedText"), "GENERATED_TEXT", defaultValue: false);
        var generatesText = generatedText || algorithms?.Any(a => a.Role == AlgorithmRole.TextGeneration) == true;
        var generatedTextDetails = ReadGeneratedTextDetails(reader, data.Child("generatedTextDetails"), generatesText, larsSent);

        if (id is null || source is null || time is null || decision is null || agencyId is null || recipient is null
            || involvement is null || algorithms is null || dataItems is null)
        {
            return null;
        }

        return new DecisionEvent(
            id, source, time.Value, subject, decision, agencyId, recipient, involvement.Value, humanReview,
            algorithms, dataItems, riskClassification, profiling, generatedText, generatedTextDetails, riskNode.IsObject);
    }

    private static string? ReadSource(EventReader reader, EventNode node)
    {
        var source = reader.RequiredString(node, "SOURCE");
        if (source is null)
        {
            return null;
        }

        if (source.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) || !Uri.TryCreate(source, UriKind.RelativeOrAbsolute, out _))
        {
            reader.Report(EventErrorCodes.SourceInvalid, node.Path, "source must be a URI-reference naming the sending system, without spaces, e.g. urn:nld:zb999901:systeem:toeslagen.");
            return null;
        }

        return source;
    }

    private static DateTimeOffset? ReadTime(EventReader reader, EventNode node)
    {
        var text = reader.RequiredString(node, "TIME");
        if (text is null)
        {
            return null;
        }

        var match = EventPatterns.Timestamp().Match(text);
        if (match.Success)
        {
            // .NET parses at most seven fraction digits; RFC 3339 allows more, and they are below a tick anyway.
            var fraction = match.Groups[3].Value;
            var normalized = $"{match.Groups[1].Value}T{match.Groups[2].Value}{fraction[..Math.Min(fraction.Length, 8)]}{match.Groups[4].Value.ToUpperInvariant()}";
            if (DateTimeOffset.TryParseExact(normalized, "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                return time;
            }
        }

        reader.Report(EventErrorCodes.TimeInvalid, node.Path, "time must be an RFC 3339 timestamp of a real moment with a UTC offset, e.g. 2026-11-20T09:12:00Z or 2026-11-20T10:12:00+01:00.");
        return null;
    }

    /// <summary>The contract makes subject the decision id; a different value means the envelope and data disagree.</summary>
    private static void CheckSubject(EventReader reader, EventNode node, string? subject, EventNode decisionIdNode)
    {
        if (subject is null || decisionIdNode.Element.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var decisionId = decisionIdNode.Element.GetString()!;
        if (DecisionId.IsValid(decisionId) && !string.Equals(subject, decisionId, StringComparison.Ordinal))
        {
            reader.Report(EventErrorCodes.SubjectInvalid, node.Path, "subject must be the decision id (data.decision.id) when present; leave it out or make the two equal.");
        }
    }

    private (string? Id, AgencyProfile? Profile) ReadAgency(EventReader reader, EventNode node)
    {
        if (reader.RequiredObject(node, "AGENCY") is not { } agency)
        {
            return (null, null);
        }

        var idNode = agency.Child("id");
        var id = reader.RequiredString(idNode, "AGENCY_ID");
        if (id is null)
        {
            return (null, null);
        }

        if (!AgencyId.IsValid(id))
        {
            reader.Report(EventErrorCodes.AgencyIdInvalid, idNode.Path, "data.agency.id must be an org_id: gm + 4 digits (municipality), pv + 2 (province), ws + 4 (water board), mnre + 4 (ministry), zb + 6 (independent body) or oorg + 5 (other organisation), e.g. gm0344.");
            return (null, null);
        }

        if (_agencies is null)
        {
            return (id, null);
        }

        if (!_agencies.TryGet(id, out var profile))
        {
            reader.Report(EventErrorCodes.AgencyUnknown, idNode.Path, $"There is no agency profile for {EventReader.Quote(id)}, so no notice can be made. Check the org_id, or ask the Kenbaarheid team to add the agency's profile first.");
            return (null, null);
        }

        return (id, profile);
    }

    private static Decision? ReadDecision(EventReader reader, EventNode node, string? strictAgency)
    {
        if (reader.RequiredObject(node, "DECISION") is not { } decision)
        {
            return null;
        }

        var id = ReadDecisionId(reader, decision.Child("id"));
        var revision = ReadRevision(reader, decision.Child("revision"));
        var date = ReadDate(reader, decision.Child("date"));
        var type = reader.RequiredText(decision.Child("type"), "DECISION_TYPE", 200);
        var purpose = reader.RequiredText(decision.Child("purpose"), "DECISION_PURPOSE", 1000);
        var outcome = reader.RequiredText(decision.Child("outcome"), "DECISION_OUTCOME", 1000);
        var legalBasis = ReadLegalBasis(reader, decision.Child("legalBasis"), strictAgency);
        var motivationRef = reader.OptionalText(decision.Child("motivationRef"), "DECISION_MOTIVATION_REF", 300);
        var letterRef = reader.OptionalText(decision.Child("letterRef"), "DECISION_LETTER_REF", 100);
        var legalEffect = reader.OptionalBoolean(decision.Child("legalEffect"), "DECISION_LEGAL_EFFECT", defaultValue: true);
        var discretion = reader.OptionalEnum(decision.Child("discretion"), "DECISION_DISCRETION", Discretion.Bound);
        var sentOn = ReadSentOn(reader, decision.Child("sentOn"), date);
        var remedy = ReadRemedy(reader, decision.Child("remedy"), legalEffect);

        return id is null || revision is null || date is null || type is null || purpose is null || outcome is null || legalBasis is null || remedy is null
            ? null
            : new Decision(id, revision.Value, date.Value, type, purpose, outcome, legalBasis, motivationRef, letterRef, legalEffect, discretion, sentOn, remedy);
    }

    private static string? ReadDecisionId(EventReader reader, EventNode node)
    {
        var id = reader.RequiredString(node, "DECISION_ID");
        if (id is null)
        {
            return null;
        }

        var length = EventReader.CountCharacters(id);
        if (length > 100)
        {
            reader.Report(EventErrorCodes.DecisionIdTooLong, node.Path, $"data.decision.id is {length} characters long; the limit is 100.");
            return null;
        }

        if (!DecisionId.IsValid(id))
        {
            reader.Report(EventErrorCodes.DecisionIdInvalid, node.Path, "data.decision.id may hold only A-Z, a-z, 0-9, '.', '_' and '-', and must not start with '.': it becomes a storage path segment.");
            return null;
        }

        return id;
    }

    private static int? ReadRevision(EventReader reader, EventNode node)
    {
        if (!reader.Present(node, "DECISION_REVISION", required: false))
        {
            return 1;
        }

        if (!reader.IsKind(node, "DECISION_REVISION", JsonValueKind.Number, "a number"))
        {
            return null;
        }

        if (!RevisionNumber.TryRead(node.Element, out var revision) || revision < 1)
        {
            reader.Report(EventErrorCodes.DecisionRevisionInvalid, node.Path, $"data.decision.revision must be a whole number from 1 to {int.MaxValue}; a corrected decision gets the next revision.");
            return null;
        }

        return revision;
    }

    private static DateOnly? ReadDate(EventReader reader, EventNode node) =>
        ParseDate(reader, node, reader.RequiredString(node, "DECISION_DATE"), EventErrorCodes.DecisionDateInvalid, "data.decision.date must be an ISO date (yyyy-MM-dd) that exists on the calendar, e.g. 2026-11-20.");

    /// <summary>
    /// The day the decision was sent. It cannot precede the date on the decision: the term to object would then be
    /// counted from a day the decision did not yet exist. An invalid sentOn is reported, not silently dropped.
    /// </summary>
    private static DateOnly? ReadSentOn(EventReader reader, EventNode node, DateOnly? decisionDate)
    {
        var text = reader.OptionalString(node, "DECISION_SENT_ON");
        var sentOn = ParseDate(reader, node, text, EventErrorCodes.DecisionSentOnInvalid, "data.decision.sentOn must be an ISO date (yyyy-MM-dd) that exists on the calendar, e.g. 2026-11-19: the day the decision was sent. Leave it out when it is not known.");
        if (sentOn is { } sent && decisionDate is { } dated && sent < dated)
        {
            reader.Report(EventErrorCodes.DecisionSentOnInvalid, node.Path, $"data.decision.sentOn is {text}, before the date on the decision ({dated:yyyy-MM-dd}); a decision cannot be sent before it is made. Correct one of the two.");
            return null;
        }

        return sentOn;
    }

    /// <summary>An ISO calendar date that exists; a text that is none is reported with <paramref name="invalidCode"/>.</summary>
    private static DateOnly? ParseDate(EventReader reader, EventNode node, string? text, string invalidCode, string message)
    {
        if (text is null)
        {
            return null;
        }

        if (!EventPatterns.Date().IsMatch(text) || !DateOnly.TryParseExact(text, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            reader.Report(invalidCode, node.Path, message);
            return null;
        }

        return date;
    }

    /// <summary>
    /// How to contest the decision. Without a remedy the contract's default holds: an objection when the decision
    /// has legal effect, else none. Objection and appeal lie only against a decision with legal effect (Awb 1:3, 8:1).
    /// </summary>
    private static Remedy? ReadRemedy(EventReader reader, EventNode node, bool legalEffect)
    {
        if (!node.Exists)
        {
            return new Remedy(legalEffect ? RemedyKind.Objection : RemedyKind.None, null, null, TermStart.Sent, null);
        }

        if (reader.OptionalObject(node, "DECISION_REMEDY") is not { } remedy)
        {
            return null;
        }

        var kindNode = remedy.Child("kind");
        var kind = reader.RequiredEnum<RemedyKind>(kindNode, "REMEDY_KIND");
        var to = kind == RemedyKind.Appeal
            ? reader.RequiredText(remedy.Child("to"), "REMEDY_TO", 200)
            : reader.OptionalText(remedy.Child("to"), "REMEDY_TO", 200);
        var termWeeks = ReadTermWeeks(reader, remedy.Child("termWeeks"));
        var termStartsOn = reader.OptionalEnum(remedy.Child("termStartsOn"), "REMEDY_TERM_STARTS_ON", TermStart.Sent);
        var post = reader.OptionalText(remedy.Child("post"), "REMEDY_POST", 200);

        if (kind is RemedyKind.Objection or RemedyKind.Appeal && !legalEffect)
        {
            reader.Report(EventErrorCodes.RemedyWithoutLegalEffect, kindNode.Path, $"data.decision.remedy.kind is \"{EnumWireNames.NameOf(kind.Value)}\", but data.decision.legalEffect is false: objection and appeal lie only against a decision with legal effect (Awb 1:3, 8:1). Use \"none\", or set legalEffect to true.");
            return null;
        }

        return kind is null || (kind == RemedyKind.Appeal && to is null) || termWeeks == 0
            ? null
            : new Remedy(kind.Value, to, termWeeks, termStartsOn, post);
    }

    /// <summary>The term in whole weeks, 1 to 52; null when absent, 0 when it broke a rule (already reported).</summary>
    private static int? ReadTermWeeks(EventReader reader, EventNode node)
    {
        if (!reader.Present(node, "REMEDY_TERM_WEEKS", required: false))
        {
            return null;
        }

        if (!reader.IsKind(node, "REMEDY_TERM_WEEKS", JsonValueKind.Number, "a number"))
        {
            return 0;
        }

        if (!node.Element.TryGetInt32(out var weeks) || weeks is < 1 or > 52)
        {
            reader.Report(EventErrorCodes.RemedyTermWeeksInvalid, node.Path, "data.decision.remedy.termWeeks must be a whole number of weeks from 1 to 52, e.g. 6 (Awb 6:7); leave it out for the default.");
            return 0;
        }

        return weeks;
    }

    private static List<LegalBasisReference>? ReadLegalBasis(EventReader reader, EventNode node, string? strictAgency)
    {
        var items = reader.OptionalArray(node, "DECISION_LEGAL_BASIS", int.MaxValue);
        if (items is null)
        {
            return null;
        }

        if (items.Count == 0 && strictAgency is not null)
        {
            reader.Report(EventErrorCodes.StrictLegalBasisMissing, node.Path, $"Agency {strictAgency} runs the fr-strict regime, which requires at least one legal basis in data.decision.legalBasis: under fr-strict a decision must not go out without a complete notice.");
        }

        var references = new List<LegalBasisReference>(items.Count);
        foreach (var item in items)
        {
            if (reader.RequiredObject(item, "LEGAL_BASIS") is not { } basis)
            {
                continue;
            }

            var title = reader.RequiredText(basis.Child("title"), "LEGAL_BASIS_TITLE", 200);
            var linkNode = basis.Child("link");
            var link = reader.OptionalString(linkNode, "LEGAL_BASIS_LINK");
            if (link is not null && !IsHttpsUrl(link))
            {
                reader.Report(EventErrorCodes.LegalBasisLinkInvalid, linkNode.Path, $"{EventReader.Describe(linkNode.Path)} must be an absolute https URL, e.g. https://wetten.overheid.nl/BWBR0008659; leave it out when there is none.");
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

    private static Recipient? ReadRecipient(EventReader reader, EventNode node)
    {
        if (reader.RequiredObject(node, "RECIPIENT") is not { } recipient)
        {
            return null;
        }

        var refNode = recipient.Child("ref");
        var reference = reader.RequiredText(refNode, "RECIPIENT_REF", 100);
        if (reference is not null && BsnGuard.ContainsBsn(reference))
        {
            reader.Report(EventErrorCodes.RecipientRefIsBsn, refNode.Path, "The recipient reference looks like a BSN (it holds 9 digits, or 8 with the leading zero dropped, that pass the eleven-test). Send a pseudonymous reference, never a BSN.");
            reference = null;
        }

        var languageNode = recipient.Child("language");
        var language = reader.OptionalString(languageNode, "RECIPIENT_LANGUAGE");
        if (language is not null && !EventPatterns.Language().IsMatch(language))
        {
            reader.Report(EventErrorCodes.RecipientLanguageInvalid, languageNode.Path, "data.recipient.language must be an ISO 639-1 code of two lower-case letters, e.g. nl, en or fy; leave it out to use the agency's default language.");
            return null;
        }

        return reference is null ? null : new Recipient(reference, language);
    }

    private static HumanReview? ReadHumanReview(EventReader reader, EventNode node, Involvement? involvement)
    {
        if (!node.Exists)
        {
            if (involvement is Involvement.Supported or Involvement.Prepared)
            {
                reader.Report(EventErrorCodes.HumanReviewMissing, node.Path, "data.humanReview is missing; it is required unless involvement is \"automated\": give the reviewer's role (never a name), whether the review was performed and whether they could deviate.");
            }

            return null;
        }

        if (reader.OptionalObject(node, "HUMAN_REVIEW") is not { } review)
        {
            return null;
        }

        var performed = reader.RequiredBoolean(review.Child("performed"), "HUMAN_REVIEW_PERFORMED");
        var role = reader.RequiredText(review.Child("role"), "HUMAN_REVIEW_ROLE", 100);
        var canDeviate = reader.RequiredBoolean(review.Child("canDeviate"), "HUMAN_REVIEW_CAN_DEVIATE");
        return performed is null || role is null || canDeviate is null ? null : new HumanReview(performed.Value, role, canDeviate.Value);
    }

    /// <summary>The algorithms, and every lars string sent (even a wrong one), against which producedBy is checked.</summary>
    private static (List<AlgorithmUse>? Algorithms, HashSet<string>? LarsSent) ReadAlgorithms(EventReader reader, EventNode node, string? strictAgency)
    {
        var items = reader.RequiredArray(node, "ALGORITHMS", 1, MaxAlgorithms);
        if (items is null)
        {
            return (null, null);
        }

        var algorithms = new List<AlgorithmUse>(items.Count);
        var larsSent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (reader.RequiredObject(item, "ALGORITHM") is not { } algorithm)
            {
                continue;
            }

            var lars = ReadLars(reader, algorithm.Child("lars"), larsSent);
            var version = reader.OptionalText(algorithm.Child("version"), "ALGORITHM_VERSION", 50);
            var role = reader.RequiredEnum<AlgorithmRole>(algorithm.Child("role"), "ALGORITHM_ROLE");
            var weight = reader.RequiredEnum<ContributionWeight>(algorithm.Child("weight"), "ALGORITHM_WEIGHT");
            var explanation = reader.OptionalText(algorithm.Child("explanation"), "ALGORITHM_EXPLANATION", 1000);
            var parameters = ReadParameters(reader, algorithm.Child("parameters"), strictAgency);
            var operations = ReadOperations(reader, algorithm.Child("operations"), strictAgency);
            if (lars is not null && role is not null && weight is not null && parameters is not null && operations is not null)
            {
                algorithms.Add(new AlgorithmUse(lars.Value, version, role.Value, weight.Value, explanation, parameters, operations));
            }
        }

        return (algorithms, larsSent.Keys.ToHashSet(StringComparer.Ordinal));
    }

    private static Lars? ReadLars(EventReader reader, EventNode node, Dictionary<string, string> larsSent)
    {
        var text = reader.RequiredString(node, "ALGORITHM_LARS");
        if (text is null)
        {
            return null;
        }

        if (!larsSent.TryAdd(text, node.Path))
        {
            reader.Report(EventErrorCodes.AlgorithmLarsDuplicate, node.Path, $"The lars {EventReader.Quote(text)} is listed more than once in data.algorithms (first at {EventReader.Describe(larsSent[text])}); list each algorithm once.");
            return null;
        }

        if (!Lars.HasValidShape(text))
        {
            reader.Report(EventErrorCodes.AlgorithmLarsInvalid, node.Path, $"{EventReader.Describe(node.Path)} is {EventReader.Quote(text)}, which is not an Algoritmeregister id: eight digits, the first seven 1-9 and the last a check digit, e.g. 63712924.");
            return null;
        }

        if (!Lars.TryParse(text, out var lars))
        {
            reader.Report(EventErrorCodes.AlgorithmLarsCheckDigit, node.Path, $"The lars {text} has a wrong check digit: after {text[..7]} it must be {ExpectedCheckDigit(text)}. This is probably a typo; copy the id from the Algoritmeregister.");
            return null;
        }

        return lars;
    }

    // Tries each digit against Lars's own rule, so the check-digit formula lives in one place.
    private static char ExpectedCheckDigit(string wellShaped) =>
        "0123456789".First(digit => Lars.HasValidCheckDigit(string.Concat(wellShaped.AsSpan(0, 7), [digit])));

    private static List<AlgorithmParameter>? ReadParameters(EventReader reader, EventNode node, string? strictAgency)
    {
        var items = reader.OptionalArray(node, "ALGORITHM_PARAMETERS", MaxParameters);
        if (items is null)
        {
            return null;
        }

        if (items.Count == 0 && strictAgency is not null)
        {
            reader.Report(EventErrorCodes.StrictParametersMissing, node.Path, $"Agency {strictAgency} runs the fr-strict regime, which requires at least one parameter per algorithm (the parameters applied to this person and how much they weighed): under fr-strict a decision must not go out without a complete notice.");
        }

        var parameters = new List<AlgorithmParameter>(items.Count);
        foreach (var item in items)
        {
            if (reader.RequiredObject(item, "PARAMETER") is not { } parameter)
            {
                continue;
            }

            var name = reader.RequiredText(parameter.Child("name"), "PARAMETER_NAME", 200);
            var value = reader.OptionalText(parameter.Child("value"), "PARAMETER_VALUE", 200);
            var effect = reader.RequiredText(parameter.Child("effect"), "PARAMETER_EFFECT", 500);
            var weight = ReadParameterWeight(reader, parameter.Child("weight"));
            if (name is not null && effect is not null)
            {
                parameters.Add(new AlgorithmParameter(name, value, effect, weight));
            }
        }

        return parameters;
    }

    /// <summary>A number is kept as the JSON text the agency sent ("0.45"), so no rounding changes what the notice shows.</summary>
    private static string? ReadParameterWeight(EventReader reader, EventNode node)
    {
        if (!reader.Present(node, "PARAMETER_WEIGHT", required: false))
        {
            return null;
        }

        if (node.Element.ValueKind == JsonValueKind.Number)
        {
            var number = node.Element.GetRawText();
            return reader.IsWithinTextRules(node.Path, "PARAMETER_WEIGHT", number, 50) ? number : null;
        }

        if (node.Element.ValueKind != JsonValueKind.String)
        {
            reader.Report(EventErrorCodes.ParameterWeightWrongType, node.Path, $"{EventReader.Describe(node.Path)} must be a number (e.g. 0.45) or a short text (e.g. \"sterk\").");
            return null;
        }

        return reader.OptionalText(node, "PARAMETER_WEIGHT", 50);
    }

    private static List<string>? ReadOperations(EventReader reader, EventNode node, string? strictAgency)
    {
        var items = reader.OptionalArray(node, "ALGORITHM_OPERATIONS", MaxOperations);
        if (items is null)
        {
            return null;
        }

        if (items.Count == 0 && strictAgency is not null)
        {
            reader.Report(EventErrorCodes.StrictOperationsMissing, node.Path, $"Agency {strictAgency} runs the fr-strict regime, which requires at least one operation per algorithm (the operations carried out): under fr-strict a decision must not go out without a complete notice.");
        }

        var operations = new List<string>(items.Count);
        foreach (var item in items)
        {
            if (reader.RequiredText(item, "OPERATION", 300) is { } operation)
            {
                operations.Add(operation);
            }
        }

        return operations;
    }

    private static List<DataItem>? ReadDataItems(EventReader reader, EventNode node)
    {
        var items = reader.RequiredArray(node, "DATA", 1, MaxDataItems);
        if (items is null)
        {
            return null;
        }

        var dataItems = new List<DataItem>(items.Count);
        foreach (var item in items)
        {
            if (reader.RequiredObject(item, "DATA_ITEM") is not { } dataItem)
            {
                continue;
            }

            var category = reader.RequiredText(dataItem.Child("category"), "DATA_CATEGORY", 200);
            var source = reader.RequiredText(dataItem.Child("source"), "DATA_SOURCE", 200);
            var value = reader.OptionalText(dataItem.Child("value"), "DATA_VALUE", 200);
            var personal = reader.RequiredBoolean(dataItem.Child("personal"), "DATA_PERSONAL");
            var special = reader.RequiredBoolean(dataItem.Child("special"), "DATA_SPECIAL");
            var registerNode = dataItem.Child("register");
            var register = registerNode.Exists ? reader.RequiredEnum<BaseRegister>(registerNode, "DATA_REGISTER") : null;
            if (category is not null && source is not null && personal is not null && special is not null && (register is not null || !registerNode.Exists))
            {
                dataItems.Add(new DataItem(category, source, value, personal.Value, special.Value, register));
            }
        }

        return dataItems;
    }

    /// <summary>
    /// Only an applied classification reaches the notice, and then all its fields are required; when applied is
    /// false, the other fields are checked only if sent.
    /// </summary>
    private static RiskClassification? ReadRiskClassification(EventReader reader, EventNode node, HashSet<string>? larsSent)
    {
        if (reader.OptionalObject(node, "RISK_CLASSIFICATION") is not { } risk)
        {
            return null;
        }

        var applied = reader.RequiredBoolean(risk.Child("applied"), "RISK_APPLIED");
        var required = applied == true;
        var label = required
            ? reader.RequiredText(risk.Child("label"), "RISK_LABEL", 200)
            : reader.OptionalText(risk.Child("label"), "RISK_LABEL", 200);
        var producedBy = ReadProducedBy(reader, risk.Child("producedBy"), required, larsSent);
        var consequence = required
            ? reader.RequiredText(risk.Child("consequence"), "RISK_CONSEQUENCE", 500)
            : reader.OptionalText(risk.Child("consequence"), "RISK_CONSEQUENCE", 500);
        var affectedOutcome = required
            ? reader.RequiredBoolean(risk.Child("affectedOutcome"), "RISK_AFFECTED_OUTCOME")
            : reader.OptionalBoolean(risk.Child("affectedOutcome"), "RISK_AFFECTED_OUTCOME", defaultValue: false);

        return required && label is not null && producedBy is not null && consequence is not null && affectedOutcome is not null
            ? new RiskClassification(true, label, producedBy.Value, consequence, affectedOutcome.Value)
            : null;
    }

    private static Lars? ReadProducedBy(EventReader reader, EventNode node, bool required, HashSet<string>? larsSent)
    {
        var text = required ? reader.RequiredString(node, "RISK_PRODUCED_BY") : reader.OptionalString(node, "RISK_PRODUCED_BY");
        return ReadAlgorithmReference(reader, node, text, larsSent, EventErrorCodes.RiskProducedByInvalid, EventErrorCodes.RiskProducedByUnknown, "classified the person");
    }

    /// <summary>A lars that must name one of the event's algorithms: riskClassification.producedBy, generatedTextDetails.producedBy.</summary>
    private static Lars? ReadAlgorithmReference(EventReader reader, EventNode node, string? text, HashSet<string>? larsSent, string invalidCode, string unknownCode, string did)
    {
        if (text is null)
        {
            return null;
        }

        var field = EventReader.Describe(node.Path);
        if (!Lars.HasValidShape(text))
        {
            reader.Report(invalidCode, node.Path, $"{field} is {EventReader.Quote(text)}, which is not an Algoritmeregister id (eight digits); give the lars of the algorithm that {did}.");
            return null;
        }

        // Without a readable algorithm list there is nothing to compare with, and that list's problem is reported already.
        if (larsSent is not null && !larsSent.Contains(text))
        {
            reader.Report(unknownCode, node.Path, $"{field} is {text}, which is not the lars of any algorithm in data.algorithms; name the algorithm that {did} and list it there.");
            return null;
        }

        // A wrong check digit here is one the matching algorithm's lars already reports.
        return Lars.TryParse(text, out var lars) ? lars : null;
    }

    /// <summary>
    /// Which text generative AI wrote. Details describe generated text, so they need generated text to describe:
    /// generatedText true or an algorithm with role text-generation.
    /// </summary>
    private static GeneratedTextDetails? ReadGeneratedTextDetails(EventReader reader, EventNode node, bool generatesText, HashSet<string>? larsSent)
    {
        if (reader.OptionalObject(node, "GENERATED_TEXT_DETAILS") is not { } details)
        {
            return null;
        }

        var what = reader.RequiredText(details.Child("what"), "GENERATED_TEXT_WHAT", 300);
        var producedByNode = details.Child("producedBy");
        var producedBy = ReadAlgorithmReference(reader, producedByNode, reader.OptionalString(producedByNode, "GENERATED_TEXT_PRODUCED_BY"), larsSent, EventErrorCodes.GeneratedTextProducedByInvalid, EventErrorCodes.GeneratedTextProducedByUnknown, "wrote the text");
        var checkedByPerson = reader.RequiredBoolean(details.Child("checkedByPerson"), "GENERATED_TEXT_CHECKED_BY_PERSON");
        if (!generatesText)
        {
            reader.Report(EventErrorCodes.GeneratedTextDetailsWithoutGeneratedText, node.Path, "data.generatedTextDetails describes generated text, but data.generatedText is not true and no algorithm has role \"text-generation\". Set generatedText to true, or leave the details out.");
            return null;
        }

        return what is null || checkedByPerson is null || (producedByNode.Exists && producedBy is null)
            ? null
            : new GeneratedTextDetails(what, producedBy, checkedByPerson.Value);
    }
}
