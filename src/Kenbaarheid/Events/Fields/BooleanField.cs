namespace Kenbaarheid.Events.Fields;

/// <summary>An optional JSON boolean.</summary>
internal record BooleanField(string WrongType) : EventField
{
    protected override IEnumerable<string> KindCodes => [WrongType];
}

/// <summary>A required JSON boolean. It may also be read as optional when another field makes it so.</summary>
internal sealed record RequiredBooleanField(string Missing, string WrongType) : BooleanField(WrongType)
{
    protected override IEnumerable<string> KindCodes => [Missing, .. base.KindCodes];
}
