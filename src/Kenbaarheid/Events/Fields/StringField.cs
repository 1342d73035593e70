namespace Kenbaarheid.Events.Fields;

/// <summary>An optional string with a shape of its own (an id, a date, a URL); <paramref name="Invalid"/> when it has not that shape.</summary>
internal record StringField(string WrongType, string Invalid) : EventField
{
    protected override IEnumerable<string> KindCodes => [WrongType, Invalid];
}

/// <summary>A required string with a shape of its own, which must not be blank.</summary>
internal sealed record RequiredStringField(string Missing, string WrongType, string Empty, string Invalid) : StringField(WrongType, Invalid)
{
    protected override IEnumerable<string> KindCodes => [Missing, .. base.KindCodes, Empty];
}
