using System.Reflection;
using Kenbaarheid.Events;
using Kenbaarheid.Events.Fields;

namespace Kenbaarheid.Tests.Events.Fields;

/// <summary>
/// Walks every field descriptor of the event contract: each code a field can report is a constant of the catalogue,
/// no two fields share a code, and every constant belongs to a field (or to the document), so the catalogue the
/// reports explain is exactly what the validator can say.
/// </summary>
public sealed class EventFieldTests
{
    private static readonly IReadOnlySet<string> Constants = typeof(EventErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void TheWalk_FindsTheFieldsOfEveryPartOfTheEvent()
    {
        Assert.True(EventField.All.Count > 70, $"Only {EventField.All.Count} fields found; the walk lost a part.");
        Assert.Equal(
            ["AlgorithmRules", "ClassificationRules", "DataRules", "DecisionRules", "EnvelopeRules", "PartiesRules"],
            typeof(EventField).Assembly.GetTypes()
                .Where(type => type.Namespace == "Kenbaarheid.Events.Rules" && type.IsClass && !type.IsNested)
                .Select(type => type.Name)
                .Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryField_ReportsOnlyCodesOfTheCatalogue()
    {
        Assert.All(EventField.All, field => Assert.All(field.Codes, code => Assert.Contains(code, Constants)));
    }

    [Fact]
    public void NoTwoFields_ShareACode()
    {
        var shared = EventField.All.SelectMany(field => field.Codes.Distinct()).GroupBy(code => code).Where(group => group.Count() > 1).Select(group => group.Key);

        Assert.Empty(shared);
    }

    [Fact]
    public void EveryCatalogueCode_BelongsToAFieldOrTheDocument()
    {
        Assert.Equal(Constants.Order(StringComparer.Ordinal), EventErrorCodes.All.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryTextField_HasALimit()
    {
        Assert.All(EventField.All.OfType<TextField>(), field => Assert.InRange(field.MaxLength, 1, 1000));
    }
}
