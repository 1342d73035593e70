namespace Kenbaarheid.Events.Fields;

/// <summary>An optional string that must be one of the wire names of <typeparamref name="TEnum"/>.</summary>
internal record EnumField<TEnum>(string WrongType, string UnknownValue) : EventField
    where TEnum : struct, Enum
{
    protected override IEnumerable<string> KindCodes => [WrongType, UnknownValue];
}

/// <summary>A required string that must be one of the wire names of <typeparamref name="TEnum"/>.</summary>
internal sealed record RequiredEnumField<TEnum>(string Missing, string WrongType, string UnknownValue) : EnumField<TEnum>(WrongType, UnknownValue)
    where TEnum : struct, Enum
{
    protected override IEnumerable<string> KindCodes => [Missing, .. base.KindCodes];
}
