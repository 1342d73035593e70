namespace Kenbaarheid.Events.Fields;

/// <summary>An optional JSON object.</summary>
internal record ObjectField(string WrongType) : EventField
{
    protected override IEnumerable<string> KindCodes => [WrongType];
}

/// <summary>A required JSON object.</summary>
internal sealed record RequiredObjectField(string Missing, string WrongType) : ObjectField(WrongType)
{
    protected override IEnumerable<string> KindCodes => [Missing, .. base.KindCodes];
}
