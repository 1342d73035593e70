using Kenbaarheid.Events.Fields;
using static Kenbaarheid.Events.EventErrorCodes;

namespace Kenbaarheid.Events.Rules;

/// <summary>What the algorithms made of the person: a risk classification, profiling and generated text with its details.</summary>
internal static class ClassificationRules
{
    public static readonly ObjectField RiskClassification = new(RiskClassificationWrongType);
    public static readonly RequiredBooleanField RiskApplied = new(RiskAppliedMissing, RiskAppliedWrongType);
    public static readonly RequiredTextField RiskLabel = new(200, RiskLabelMissing, RiskLabelWrongType, RiskLabelEmpty, RiskLabelTooLong, RiskLabelControlCharacter);
    public static readonly RequiredStringField RiskProducedBy = new(RiskProducedByMissing, RiskProducedByWrongType, RiskProducedByEmpty, RiskProducedByInvalid) { Rules = [RiskProducedByUnknown] };
    public static readonly RequiredTextField RiskConsequence = new(500, RiskConsequenceMissing, RiskConsequenceWrongType, RiskConsequenceEmpty, RiskConsequenceTooLong, RiskConsequenceControlCharacter);
    public static readonly RequiredBooleanField RiskAffectedOutcome = new(RiskAffectedOutcomeMissing, RiskAffectedOutcomeWrongType);
    public static readonly BooleanField Profiling = new(ProfilingWrongType);
    public static readonly BooleanField GeneratedText = new(GeneratedTextWrongType);

    public static readonly ObjectField GeneratedTextDetails = new(GeneratedTextDetailsWrongType) { Rules = [GeneratedTextDetailsWithoutGeneratedText] };
    public static readonly RequiredTextField GeneratedTextWhat = new(300, GeneratedTextWhatMissing, GeneratedTextWhatWrongType, GeneratedTextWhatEmpty, GeneratedTextWhatTooLong, GeneratedTextWhatControlCharacter);
    public static readonly StringField GeneratedTextProducedBy = new(GeneratedTextProducedByWrongType, GeneratedTextProducedByInvalid) { Rules = [GeneratedTextProducedByUnknown] };
    public static readonly RequiredBooleanField GeneratedTextCheckedByPerson = new(GeneratedTextCheckedByPersonMissing, GeneratedTextCheckedByPersonWrongType);

    /// <summary>
    /// Only an applied classification reaches the notice, and then all its fields are required; when applied is
    /// false, the other fields are checked only if sent.
    /// </summary>
    public static Events.RiskClassification? ReadRiskClassification(EventReader reader, EventNode node, HashSet<string>? larsSent)
    {
        if (reader.OptionalObject(node, RiskClassification) is not { } risk)
        {
            return null;
        }

        var applied = reader.RequiredBoolean(risk.Child("applied"), RiskApplied);
        var required = applied == true;
        var label = required
            ? reader.RequiredText(risk.Child("label"), RiskLabel)
            : reader.OptionalText(risk.Child("label"), RiskLabel);
        var producedByNode = risk.Child("producedBy");
        var producedByText = required ? reader.RequiredString(producedByNode, RiskProducedBy) : reader.OptionalString(producedByNode, RiskProducedBy);
        var producedBy = ReadAlgorithmReference(reader, producedByNode, producedByText, larsSent, RiskProducedBy, RiskProducedByUnknown, "classified the person");
        var consequence = required
            ? reader.RequiredText(risk.Child("consequence"), RiskConsequence)
            : reader.OptionalText(risk.Child("consequence"), RiskConsequence);
        var affectedOutcome = required
            ? reader.RequiredBoolean(risk.Child("affectedOutcome"), RiskAffectedOutcome)
            : reader.OptionalBoolean(risk.Child("affectedOutcome"), RiskAffectedOutcome, defaultValue: false);

        return required && label is not null && producedBy is not null && consequence is not null && affectedOutcome is not null
            ? new Events.RiskClassification(true, label, producedBy.Value, consequence, affectedOutcome.Value)
            : null;
    }

    public static bool ReadProfiling(EventReader reader, EventNode node) => reader.OptionalBoolean(node, Profiling, defaultValue: false);

    public static bool ReadGeneratedText(EventReader reader, EventNode node) => reader.OptionalBoolean(node, GeneratedText, defaultValue: false);

    /// <summary>
    /// Which text generative AI wrote. Details describe generated text, so they need generated text to describe:
    /// generatedText true or an algorithm with role text-generation.
    /// </summary>
    public static Events.GeneratedTextDetails? ReadGeneratedTextDetails(EventReader reader, EventNode node, bool generatesText, HashSet<string>? larsSent)
    {
        if (reader.OptionalObject(node, GeneratedTextDetails) is not { } details)
        {
            return null;
        }

        var what = reader.RequiredText(details.Child("what"), GeneratedTextWhat);
        var producedByNode = details.Child("producedBy");
        var producedBy = ReadAlgorithmReference(reader, producedByNode, reader.OptionalString(producedByNode, GeneratedTextProducedBy), larsSent, GeneratedTextProducedBy, GeneratedTextProducedByUnknown, "wrote the text");
        var checkedByPerson = reader.RequiredBoolean(details.Child("checkedByPerson"), GeneratedTextCheckedByPerson);
        if (!generatesText)
        {
            reader.Report(GeneratedTextDetailsWithoutGeneratedText, node.Path, "data.generatedTextDetails describes generated text, but data.generatedText is not true and no algorithm has role \"text-generation\". Set generatedText to true, or leave the details out.");
            return null;
        }

        return what is null || checkedByPerson is null || (producedByNode.Exists && producedBy is null)
            ? null
            : new Events.GeneratedTextDetails(what, producedBy, checkedByPerson.Value);
    }

    /// <summary>A lars that must name one of the event's algorithms: riskClassification.producedBy, generatedTextDetails.producedBy.</summary>
    private static Lars? ReadAlgorithmReference(EventReader reader, EventNode node, string? text, HashSet<string>? larsSent, StringField field, string unknownCode, string did)
    {
        if (text is null)
        {
            return null;
        }

        var described = EventReader.Describe(node.Path);
        if (!Lars.HasValidShape(text))
        {
            reader.Report(field.Invalid, node.Path, $"{described} is {EventReader.Quote(text)}, which is not an Algoritmeregister id (eight digits); give the lars of the algorithm that {did}.");
            return null;
        }

        // Without a readable algorithm list there is nothing to compare with, and that list's problem is reported already.
        if (larsSent is not null && !larsSent.Contains(text))
        {
            reader.Report(unknownCode, node.Path, $"{described} is {text}, which is not the lars of any algorithm in data.algorithms; name the algorithm that {did} and list it there.");
            return null;
        }

        // A wrong check digit here is one the matching algorithm's lars already reports.
        return Lars.TryParse(text, out var lars) ? lars : null;
    }
}
