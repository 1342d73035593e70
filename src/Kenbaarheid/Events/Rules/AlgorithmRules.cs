using System.Text.Json;
using Kenbaarheid.Events.Fields;
using static Kenbaarheid.Events.EventErrorCodes;

namespace Kenbaarheid.Events.Rules;

/// <summary>The algorithms that took part: their lars, role and weight, the parameters applied and the operations carried out.</summary>
internal static class AlgorithmRules
{
    public static readonly RequiredListField Algorithms = new(1, 10, AlgorithmsMissing, AlgorithmsWrongType, AlgorithmsTooFew, AlgorithmsTooMany);
    public static readonly ObjectField Algorithm = new(AlgorithmWrongType);
    public static readonly RequiredStringField Lars = new(AlgorithmLarsMissing, AlgorithmLarsWrongType, AlgorithmLarsEmpty, AlgorithmLarsInvalid) { Rules = [AlgorithmLarsCheckDigit, AlgorithmLarsDuplicate] };
    public static readonly TextField Version = new(50, AlgorithmVersionWrongType, AlgorithmVersionTooLong, AlgorithmVersionControlCharacter);
    public static readonly RequiredEnumField<AlgorithmRole> Role = new(AlgorithmRoleMissing, AlgorithmRoleWrongType, AlgorithmRoleUnknownValue);
    public static readonly RequiredEnumField<ContributionWeight> Weight = new(AlgorithmWeightMissing, AlgorithmWeightWrongType, AlgorithmWeightUnknownValue);
    public static readonly TextField Explanation = new(1000, AlgorithmExplanationWrongType, AlgorithmExplanationTooLong, AlgorithmExplanationControlCharacter);

    public static readonly ListField Parameters = new(30, AlgorithmParametersWrongType, AlgorithmParametersTooMany)
    {
        Strict = new(StrictParametersMissing, "at least one parameter per algorithm (the parameters applied to this person and how much they weighed)"),
    };
    public static readonly ObjectField Parameter = new(ParameterWrongType);
    public static readonly RequiredTextField ParameterName = new(200, ParameterNameMissing, ParameterNameWrongType, ParameterNameEmpty, ParameterNameTooLong, ParameterNameControlCharacter);
    public static readonly TextField ParameterValue = new(200, ParameterValueWrongType, ParameterValueTooLong, ParameterValueControlCharacter);
    public static readonly RequiredTextField ParameterEffect = new(500, ParameterEffectMissing, ParameterEffectWrongType, ParameterEffectEmpty, ParameterEffectTooLong, ParameterEffectControlCharacter);

    /// <summary>A number or a short text; its wrong type is reported by its own message, which names both.</summary>
    public static readonly TextField ParameterWeight = new(50, ParameterWeightWrongType, ParameterWeightTooLong, ParameterWeightControlCharacter);

    public static readonly ListField Operations = new(30, AlgorithmOperationsWrongType, AlgorithmOperationsTooMany)
    {
        Strict = new(StrictOperationsMissing, "at least one operation per algorithm (the operations carried out)"),
    };
    public static readonly ItemTextField Operation = new(300, OperationWrongType, OperationEmpty, OperationTooLong, OperationControlCharacter);

    /// <summary>The algorithms, and every lars string sent (even a wrong one), against which producedBy is checked.</summary>
    public static (List<AlgorithmUse>? Algorithms, HashSet<string>? LarsSent) ReadAlgorithms(EventReader reader, EventNode node, string? strictAgency)
    {
        var items = reader.RequiredArray(node, Algorithms);
        if (items is null)
        {
            return (null, null);
        }

        var algorithms = new List<AlgorithmUse>(items.Count);
        var larsSent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (reader.OptionalObject(item, Algorithm) is not { } algorithm)
            {
                continue;
            }

            var lars = ReadLars(reader, algorithm.Child("lars"), larsSent);
            var version = reader.OptionalText(algorithm.Child("version"), Version);
            var role = reader.RequiredEnum(algorithm.Child("role"), Role);
            var weight = reader.RequiredEnum(algorithm.Child("weight"), Weight);
            var explanation = reader.OptionalText(algorithm.Child("explanation"), Explanation);
            var parameters = ReadParameters(reader, algorithm.Child("parameters"), strictAgency);
            var operations = ReadOperations(reader, algorithm.Child("operations"), strictAgency);
            if (lars is not null && role is not null && weight is not null && parameters is not null && operations is not null)
            {
                algorithms.Add(new AlgorithmUse(lars.Value, version, role.Value, weight.Value, explanation, parameters, operations));
            }
        }

        return (algorithms, larsSent.Keys.ToHashSet(StringComparer.Ordinal));
    }

    private static Events.Lars? ReadLars(EventReader reader, EventNode node, Dictionary<string, string> larsSent)
    {
        var text = reader.RequiredString(node, Lars);
        if (text is null)
        {
            return null;
        }

        if (!larsSent.TryAdd(text, node.Path))
        {
            reader.Report(AlgorithmLarsDuplicate, node.Path, $"The lars {EventReader.Quote(text)} is listed more than once in data.algorithms (first at {EventReader.Describe(larsSent[text])}); list each algorithm once.");
            return null;
        }

        if (!Events.Lars.HasValidShape(text))
        {
            reader.Report(Lars.Invalid, node.Path, $"{EventReader.Describe(node.Path)} is {EventReader.Quote(text)}, which is not an Algoritmeregister id: eight digits, the first seven 1-9 and the last a check digit, e.g. 63712924.");
            return null;
        }

        if (!Events.Lars.TryParse(text, out var lars))
        {
            reader.Report(AlgorithmLarsCheckDigit, node.Path, $"The lars {text} has a wrong check digit: after {text[..7]} it must be {ExpectedCheckDigit(text)}. This is probably a typo; copy the id from the Algoritmeregister.");
            return null;
        }

        return lars;
    }

    // Tries each digit against Lars's own rule, so the check-digit formula lives in one place.
    private static char ExpectedCheckDigit(string wellShaped) =>
        "0123456789".First(digit => Events.Lars.HasValidCheckDigit(string.Concat(wellShaped.AsSpan(0, 7), [digit])));

    private static List<AlgorithmParameter>? ReadParameters(EventReader reader, EventNode node, string? strictAgency)
    {
        var items = reader.OptionalArray(node, Parameters, strictAgency);
        if (items is null)
        {
            return null;
        }

        var parameters = new List<AlgorithmParameter>(items.Count);
        foreach (var item in items)
        {
            if (reader.OptionalObject(item, Parameter) is not { } parameter)
            {
                continue;
            }

            var name = reader.RequiredText(parameter.Child("name"), ParameterName);
            var value = reader.OptionalText(parameter.Child("value"), ParameterValue);
            var effect = reader.RequiredText(parameter.Child("effect"), ParameterEffect);
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
        if (!node.Exists)
        {
            return null;
        }

        if (node.Element.ValueKind == JsonValueKind.Number)
        {
            var number = node.Element.GetRawText();
            return reader.IsWithinTextRules(node.Path, ParameterWeight, number) ? number : null;
        }

        if (node.Element.ValueKind != JsonValueKind.String)
        {
            reader.Report(ParameterWeight.WrongType, node.Path, $"{EventReader.Describe(node.Path)} must be a number (e.g. 0.45) or a short text (e.g. \"sterk\").");
            return null;
        }

        return reader.OptionalText(node, ParameterWeight);
    }

    private static List<string>? ReadOperations(EventReader reader, EventNode node, string? strictAgency)
    {
        var items = reader.OptionalArray(node, Operations, strictAgency);
        if (items is null)
        {
            return null;
        }

        var operations = new List<string>(items.Count);
        foreach (var item in items)
        {
            if (reader.ItemText(item, Operation) is { } operation)
            {
                operations.Add(operation);
            }
        }

        return operations;
    }
}
