using System.Reflection;
using System.Text;
using Kenbaarheid.Events;

namespace Kenbaarheid.Tests.Events;

/// <summary>Conventions of the code catalogue, enforced by reflection so a new code cannot break them.</summary>
public sealed class EventErrorCodesTests
{
    private static readonly string[] Kinds =
        ["MISSING", "WRONG_TYPE", "EMPTY", "TOO_LONG", "INVALID", "UNKNOWN_VALUE", "CONTROL_CHARACTER", "TOO_FEW", "TOO_MANY", "DUPLICATE"];

    private static readonly string[] OwnRules =
    [
        "EVENT_TOO_LARGE", "EVENT_NOT_JSON", "EVENT_NOT_OBJECT", "EVENT_DUPLICATE_PROPERTY", "EVENT_UNPAIRED_SURROGATE",
        "RECIPIENT_REF_IS_BSN", "ALGORITHM_LARS_CHECK_DIGIT", "RISK_PRODUCED_BY_UNKNOWN", "AGENCY_UNKNOWN",
        "STRICT_LEGAL_BASIS_MISSING", "STRICT_PARAMETERS_MISSING", "STRICT_OPERATIONS_MISSING",
        "REMEDY_WITHOUT_LEGAL_EFFECT", "GENERATED_TEXT_PRODUCED_BY_UNKNOWN", "GENERATED_TEXT_DETAILS_WITHOUT_GENERATED_TEXT",
    ];

    private static IEnumerable<FieldInfo> Constants => typeof(EventErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(constant => constant.IsLiteral);

    [Fact]
    public void EveryCode_IsNamedAfterItsValue()
    {
        Assert.All(Constants, field => Assert.Equal(ToPascalCase((string)field.GetRawConstantValue()!), field.Name));
    }

    [Fact]
    public void EveryCode_IsUnique()
    {
        var values = Constants.Select(field => (string)field.GetRawConstantValue()!).ToList();

        Assert.Equal(values.Count, values.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EveryCode_FollowsTheStemAndKindScheme()
    {
        Assert.All(
            Constants.Select(field => (string)field.GetRawConstantValue()!),
            code => Assert.True(OwnRules.Contains(code) || Kinds.Any(kind => code.EndsWith($"_{kind}", StringComparison.Ordinal)), code));
    }

    [Fact]
    public void Catalogue_HoldsTheCodesAgenciesMatchOn()
    {
        Assert.Subset(
            EventErrorCodes.All.ToHashSet(),
            new HashSet<string>(OwnRules) { "DATA_SOURCE_MISSING", "HUMAN_REVIEW_MISSING", "AGENCY_ID_INVALID", "ALGORITHM_LARS_INVALID", "ALGORITHM_LARS_DUPLICATE" });
    }

    private static string ToPascalCase(string code)
    {
        var name = new StringBuilder();
        foreach (var part in code.Split('_'))
        {
            name.Append(part[0]).Append(part[1..].ToLowerInvariant());
        }

        return name.ToString();
    }
}
