using System.Text.Json;
using Kenbaarheid.Agencies;
using Kenbaarheid.Events.Rules;

namespace Kenbaarheid.Events;

/// <summary>
/// The Events stage: checks a CloudEvents decision event against the contract (shared/contract/EVENTS.md) and
/// maps it to a <see cref="DecisionEvent"/>. The rules of each part of the event live in <c>Events/Rules/</c>, each
/// field declared there with its limits and codes. Bad input is data: every problem is reported at once, in document
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
            // An event too large to parse may still name itself in its first bytes, so the agency can tell which it was.
            var scanned = eventBytes.Length > EventDocumentParser.MaxEventBytes ? EventIdentity.Scan(eventBytes.Span) : EventIdentity.Unknown;
            return new EventValidationResult.Rejected(parseProblems, scanned);
        }

        var root = document.RootElement;
        var identity = EventIdentity.Read(root);
        if (parseProblems.Count > 0)
        {
            return new EventValidationResult.Rejected(parseProblems, identity);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            Problem notObject = new(EventErrorCodes.EventNotObject, "", "The event must be a JSON object (a structured-mode CloudEvent), not a list or a single value.");
            return new EventValidationResult.Rejected([notObject], identity);
        }

        var reader = new EventReader();
        var (decisionEvent, agency) = Read(reader, EventNode.Root(root));
        if (reader.HasProblems)
        {
            return new EventValidationResult.Rejected(ProblemOrder.InDocumentOrder(reader.Problems, root), identity);
        }

        var valid = decisionEvent ?? throw new InvalidOperationException("An event without problems did not map to a DecisionEvent; a field rule returned null without reporting.");
        return agency is null ? new EventValidationResult.ConformsToContract(valid, identity) : new EventValidationResult.Accepted(valid, agency, identity);
    }

    /// <summary>The event and, when the validator has profiles, its agency's; the event is null when a rule was broken.</summary>
    private (DecisionEvent? Event, AgencyProfile? Agency) Read(EventReader reader, EventNode root)
    {
        reader.ExactValue(root.Child("specversion"), EnvelopeRules.SpecVersion);
        var id = reader.RequiredText(root.Child("id"), EnvelopeRules.Id);
        var source = EnvelopeRules.ReadSource(reader, root.Child("source"));
        reader.ExactValue(root.Child("type"), EnvelopeRules.Type);
        var time = EnvelopeRules.ReadTime(reader, root.Child("time"));
        var subject = reader.OptionalString(root.Child("subject"), EnvelopeRules.Subject);
        reader.ExactValue(root.Child("datacontenttype"), EnvelopeRules.DataContentType);

        if (reader.RequiredObject(root.Child("data"), EnvelopeRules.Data) is not { } data)
        {
            return (null, null);
        }

        // The agency comes first because its regime decides which fields are required.
        var (agencyId, profile) = PartiesRules.ReadAgency(reader, data.Child("agency"), _agencies);
        var strictAgency = profile is { Regime: Regime.FrStrict } ? profile.Id : null;

        var decision = DecisionRules.ReadDecision(reader, data.Child("decision"), strictAgency);
        EnvelopeRules.CheckSubject(reader, root.Child("subject"), subject, data.Child("decision").Child("id"));
        var recipient = PartiesRules.ReadRecipient(reader, data.Child("recipient"));
        var involvement = PartiesRules.ReadInvolvement(reader, data.Child("involvement"));
        var humanReview = PartiesRules.ReadHumanReview(reader, data.Child("humanReview"), involvement);
        var (algorithms, larsSent) = AlgorithmRules.ReadAlgorithms(reader, data.Child("algorithms"), strictAgency);
        var dataItems = DataRules.ReadDataItems(reader, data.Child("data"));
        var riskNode = data.Child("riskClassification");
        var riskClassification = ClassificationRules.ReadRiskClassification(reader, riskNode, larsSent);
        var profiling = ClassificationRules.ReadProfiling(reader, data.Child("profiling"));
        var generatedText = ClassificationRules.ReadGeneratedText(reader, data.Child("generatedText"));
        var generatesText = generatedText || algorithms?.Any(a => a.Role == AlgorithmRole.TextGeneration) == true;
        var generatedTextDetails = ClassificationRules.ReadGeneratedTextDetails(reader, data.Child("generatedTextDetails"), generatesText, larsSent);

        if (id is null || source is null || time is null || decision is null || agencyId is null || recipient is null
            || involvement is null || algorithms is null || dataItems is null)
        {
            return (null, null);
        }

        var decisionEvent = new DecisionEvent(
            id, source, time.Value, subject, decision, agencyId.Value, recipient, involvement.Value, humanReview,
            algorithms, dataItems, riskClassification, profiling, generatedText, generatedTextDetails, riskNode.IsObject);
        return (decisionEvent, profile);
    }
}
